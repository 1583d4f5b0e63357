/* The start-up floor for `viamctl --version`: a statically linked program that only exits. */
int main(void) { return 0; }
