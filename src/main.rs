mod proto;
mod structjson;
fn main() {
    let _ = proto::viam::app::v1::ListOrganizationsRequest::default();
}
