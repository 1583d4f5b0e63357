/* Runs a command and writes its peak resident set in KiB to a file.
 *
 * Usage: peak_rss OUT_FILE COMMAND [ARG...]
 *
 * Linux carries the peak resident set of the image a process replaces with exec into that
 * process's ru_maxrss. So a child spawned straight from the harness's Python interpreter
 * reports at least the interpreter's own peak. Spawned from this small static program, it
 * reports its own. Standard streams are inherited, and the exit status is the command's
 * (128 + N when signal N ended it).
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: peak_rss OUT_FILE COMMAND [ARG...]\n");
        return 2;
    }
    pid_t child = fork();
    if (child < 0) {
        perror("peak_rss: fork");
        return 2;
    }
    if (child == 0) {
        execvp(argv[2], argv + 2);
        perror("peak_rss: exec");
        _exit(127);
    }
    int status;
    struct rusage usage;
    if (wait4(child, &status, 0, &usage) < 0) {
        perror("peak_rss: wait4");
        return 2;
    }
    FILE *out = fopen(argv[1], "w");
    if (out == NULL || fprintf(out, "%ld\n", usage.ru_maxrss) < 0 || fclose(out) != 0) {
        perror("peak_rss: writing the result");
        return 2;
    }
    if (WIFSIGNALED(status)) {
        return 128 + WTERMSIG(status);
    }
    return WEXITSTATUS(status);
}
