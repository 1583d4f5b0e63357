//! The `viam.app.v1.AppService` implementation.
//!
//! Each method forwards to a handler function in a submodule, which validates the request,
//! checks access with [`crate::emulator::access::require`] and calls the store.

mod fragments;
mod keys;
mod locations;
mod members;
mod module_upload;
mod modules;
mod organizations;
mod part_logs;
mod parts;
mod robots;
mod roles;
#[cfg(test)]
mod test_support;

use std::sync::Arc;

use prost_types::Struct;
use tonic::{Request, Response, Status};

use super::access::{Identity, Permission, Resource, ResourceType, require};
use super::error::{Error, Result};
use super::handler;
use super::request_log::RpcMethod;
use super::store::{Store, metadata};
use crate::proto::viam::app::v1 as api;
use crate::proto::viam::app::v1::app_service_server::AppService;
use crate::structjson::{json_to_struct, struct_to_json};

/// The store and the authenticated caller, passed to every handler.
pub struct Context {
    pub store: Arc<Store>,
    pub identity: Identity,
}

pub struct AppApi {
    store: Arc<Store>,
}

impl AppApi {
    pub fn new(store: Arc<Store>) -> Self {
        AppApi { store }
    }

    /// Runs `handler` for `request` on the blocking thread pool, with the caller's identity
    /// that the token interceptor stored in the request extensions.
    async fn call<Req, Res>(
        &self,
        request: Request<Req>,
        handler: fn(&Context, Req) -> Result<Res>,
    ) -> std::result::Result<Response<Res>, Status>
    where
        Req: Send + 'static,
        Res: Send + 'static,
    {
        let method = request.extensions().get::<RpcMethod>().cloned();
        let Some(identity) = request.extensions().get::<Identity>().cloned() else {
            // Only reachable if the service was mounted without the token interceptor.
            let error = Error::unauthenticated("missing access token");
            handler::log_error(method.as_ref(), None, &error);
            return Err(error.into());
        };
        let context = Context {
            store: Arc::clone(&self.store),
            identity,
        };
        let caller = Some(context.identity.id.clone());
        let message = request.into_inner();
        let response =
            handler::run_blocking(method, caller, move || handler(&context, message)).await?;
        Ok(Response::new(response))
    }
}

/// Reads the metadata of a resource the caller can see.
fn get_metadata(context: &Context, resource_type: ResourceType, id: &str) -> Result<Struct> {
    let data = context.store.read(|db| {
        require(
            db,
            &context.identity,
            Permission::Read,
            resource(resource_type, id),
        )?;
        metadata::get(db, resource_type, id)
    })?;
    json_to_struct(&data).map_err(|error| Error::internal(format!("stored metadata: {error}")))
}

/// Replaces the metadata of a resource; a missing `data` clears it.
fn set_metadata(
    context: &Context,
    resource_type: ResourceType,
    id: &str,
    data: Option<Struct>,
) -> Result<()> {
    let data = match struct_to_json(&data.unwrap_or_default()) {
        serde_json::Value::Object(map) => map,
        _ => unreachable!("a Struct converts to a JSON object"),
    };
    context.store.write(|db| {
        require(
            db,
            &context.identity,
            Permission::Write,
            resource(resource_type, id),
        )?;
        metadata::set(db, resource_type, id, &data)
    })
}

fn resource(resource_type: ResourceType, id: &str) -> Resource<'_> {
    match resource_type {
        ResourceType::Organization => Resource::Organization(id),
        ResourceType::Location => Resource::Location(id),
        ResourceType::Robot => Resource::Robot(id),
    }
}

#[tonic::async_trait]
impl AppService for AppApi {
    async fn list_organizations(
        &self,
        request: Request<api::ListOrganizationsRequest>,
    ) -> std::result::Result<Response<api::ListOrganizationsResponse>, Status> {
        self.call(request, organizations::list).await
    }

    async fn get_organization(
        &self,
        request: Request<api::GetOrganizationRequest>,
    ) -> std::result::Result<Response<api::GetOrganizationResponse>, Status> {
        self.call(request, organizations::get).await
    }

    async fn get_organization_namespace_availability(
        &self,
        request: Request<api::GetOrganizationNamespaceAvailabilityRequest>,
    ) -> std::result::Result<Response<api::GetOrganizationNamespaceAvailabilityResponse>, Status>
    {
        self.call(request, organizations::namespace_availability)
            .await
    }

    async fn update_organization(
        &self,
        request: Request<api::UpdateOrganizationRequest>,
    ) -> std::result::Result<Response<api::UpdateOrganizationResponse>, Status> {
        self.call(request, organizations::update).await
    }

    async fn list_organization_members(
        &self,
        request: Request<api::ListOrganizationMembersRequest>,
    ) -> std::result::Result<Response<api::ListOrganizationMembersResponse>, Status> {
        self.call(request, members::list).await
    }

    async fn create_organization_invite(
        &self,
        request: Request<api::CreateOrganizationInviteRequest>,
    ) -> std::result::Result<Response<api::CreateOrganizationInviteResponse>, Status> {
        self.call(request, members::create_invite).await
    }

    async fn update_organization_invite_authorizations(
        &self,
        request: Request<api::UpdateOrganizationInviteAuthorizationsRequest>,
    ) -> std::result::Result<Response<api::UpdateOrganizationInviteAuthorizationsResponse>, Status>
    {
        self.call(request, members::update_invite).await
    }

    async fn delete_organization_member(
        &self,
        request: Request<api::DeleteOrganizationMemberRequest>,
    ) -> std::result::Result<Response<api::DeleteOrganizationMemberResponse>, Status> {
        self.call(request, members::delete_member).await
    }

    async fn delete_organization_invite(
        &self,
        request: Request<api::DeleteOrganizationInviteRequest>,
    ) -> std::result::Result<Response<api::DeleteOrganizationInviteResponse>, Status> {
        self.call(request, members::delete_invite).await
    }

    async fn resend_organization_invite(
        &self,
        request: Request<api::ResendOrganizationInviteRequest>,
    ) -> std::result::Result<Response<api::ResendOrganizationInviteResponse>, Status> {
        self.call(request, members::resend_invite).await
    }

    async fn create_location(
        &self,
        request: Request<api::CreateLocationRequest>,
    ) -> std::result::Result<Response<api::CreateLocationResponse>, Status> {
        self.call(request, locations::create).await
    }

    async fn get_location(
        &self,
        request: Request<api::GetLocationRequest>,
    ) -> std::result::Result<Response<api::GetLocationResponse>, Status> {
        self.call(request, locations::get).await
    }

    async fn update_location(
        &self,
        request: Request<api::UpdateLocationRequest>,
    ) -> std::result::Result<Response<api::UpdateLocationResponse>, Status> {
        self.call(request, locations::update).await
    }

    async fn delete_location(
        &self,
        request: Request<api::DeleteLocationRequest>,
    ) -> std::result::Result<Response<api::DeleteLocationResponse>, Status> {
        self.call(request, locations::delete).await
    }

    async fn list_locations(
        &self,
        request: Request<api::ListLocationsRequest>,
    ) -> std::result::Result<Response<api::ListLocationsResponse>, Status> {
        self.call(request, locations::list).await
    }

    async fn location_auth(
        &self,
        request: Request<api::LocationAuthRequest>,
    ) -> std::result::Result<Response<api::LocationAuthResponse>, Status> {
        self.call(request, locations::auth).await
    }

    async fn get_robot(
        &self,
        request: Request<api::GetRobotRequest>,
    ) -> std::result::Result<Response<api::GetRobotResponse>, Status> {
        self.call(request, robots::get).await
    }

    async fn get_robot_parts(
        &self,
        request: Request<api::GetRobotPartsRequest>,
    ) -> std::result::Result<Response<api::GetRobotPartsResponse>, Status> {
        self.call(request, robots::parts).await
    }

    async fn list_robots(
        &self,
        request: Request<api::ListRobotsRequest>,
    ) -> std::result::Result<Response<api::ListRobotsResponse>, Status> {
        self.call(request, robots::list).await
    }

    async fn new_robot(
        &self,
        request: Request<api::NewRobotRequest>,
    ) -> std::result::Result<Response<api::NewRobotResponse>, Status> {
        self.call(request, robots::create).await
    }

    async fn update_robot(
        &self,
        request: Request<api::UpdateRobotRequest>,
    ) -> std::result::Result<Response<api::UpdateRobotResponse>, Status> {
        self.call(request, robots::update).await
    }

    async fn delete_robot(
        &self,
        request: Request<api::DeleteRobotRequest>,
    ) -> std::result::Result<Response<api::DeleteRobotResponse>, Status> {
        self.call(request, robots::delete).await
    }

    async fn get_user_id_by_email(
        &self,
        request: Request<api::GetUserIdByEmailRequest>,
    ) -> std::result::Result<Response<api::GetUserIdByEmailResponse>, Status> {
        self.call(request, members::user_id_by_email).await
    }

    async fn create_organization(
        &self,
        request: Request<api::CreateOrganizationRequest>,
    ) -> std::result::Result<Response<api::CreateOrganizationResponse>, Status> {
        self.call(request, organizations::create).await
    }

    async fn delete_organization(
        &self,
        request: Request<api::DeleteOrganizationRequest>,
    ) -> std::result::Result<Response<api::DeleteOrganizationResponse>, Status> {
        self.call(request, organizations::delete).await
    }

    async fn update_organization_namespace(
        &self,
        request: Request<api::UpdateOrganizationNamespaceRequest>,
    ) -> std::result::Result<Response<api::UpdateOrganizationNamespaceResponse>, Status> {
        self.call(request, organizations::update_namespace).await
    }

    async fn get_organizations_with_access_to_location(
        &self,
        request: Request<api::GetOrganizationsWithAccessToLocationRequest>,
    ) -> std::result::Result<Response<api::GetOrganizationsWithAccessToLocationResponse>, Status>
    {
        self.call(request, organizations::with_access_to_location)
            .await
    }

    async fn get_organization_metadata(
        &self,
        request: Request<api::GetOrganizationMetadataRequest>,
    ) -> std::result::Result<Response<api::GetOrganizationMetadataResponse>, Status> {
        self.call(request, organizations::get_metadata).await
    }

    async fn update_organization_metadata(
        &self,
        request: Request<api::UpdateOrganizationMetadataRequest>,
    ) -> std::result::Result<Response<api::UpdateOrganizationMetadataResponse>, Status> {
        self.call(request, organizations::update_metadata).await
    }

    async fn get_location_metadata(
        &self,
        request: Request<api::GetLocationMetadataRequest>,
    ) -> std::result::Result<Response<api::GetLocationMetadataResponse>, Status> {
        self.call(request, locations::get_metadata).await
    }

    async fn update_location_metadata(
        &self,
        request: Request<api::UpdateLocationMetadataRequest>,
    ) -> std::result::Result<Response<api::UpdateLocationMetadataResponse>, Status> {
        self.call(request, locations::update_metadata).await
    }

    async fn share_location(
        &self,
        request: Request<api::ShareLocationRequest>,
    ) -> std::result::Result<Response<api::ShareLocationResponse>, Status> {
        self.call(request, locations::share).await
    }

    async fn unshare_location(
        &self,
        request: Request<api::UnshareLocationRequest>,
    ) -> std::result::Result<Response<api::UnshareLocationResponse>, Status> {
        self.call(request, locations::unshare).await
    }

    async fn create_location_secret(
        &self,
        request: Request<api::CreateLocationSecretRequest>,
    ) -> std::result::Result<Response<api::CreateLocationSecretResponse>, Status> {
        self.call(request, locations::create_secret).await
    }

    async fn delete_location_secret(
        &self,
        request: Request<api::DeleteLocationSecretRequest>,
    ) -> std::result::Result<Response<api::DeleteLocationSecretResponse>, Status> {
        self.call(request, locations::delete_secret).await
    }

    async fn get_robot_metadata(
        &self,
        request: Request<api::GetRobotMetadataRequest>,
    ) -> std::result::Result<Response<api::GetRobotMetadataResponse>, Status> {
        self.call(request, robots::get_metadata).await
    }

    async fn update_robot_metadata(
        &self,
        request: Request<api::UpdateRobotMetadataRequest>,
    ) -> std::result::Result<Response<api::UpdateRobotMetadataResponse>, Status> {
        self.call(request, robots::update_metadata).await
    }

    async fn list_robots_for_locations(
        &self,
        request: Request<api::ListRobotsForLocationsRequest>,
    ) -> std::result::Result<Response<api::ListRobotsForLocationsResponse>, Status> {
        self.call(request, robots::list_for_locations).await
    }

    async fn list_robots_for_org(
        &self,
        request: Request<api::ListRobotsForOrgRequest>,
    ) -> std::result::Result<Response<api::ListRobotsForOrgResponse>, Status> {
        self.call(request, robots::list_for_org).await
    }

    async fn add_role(
        &self,
        request: Request<api::AddRoleRequest>,
    ) -> std::result::Result<Response<api::AddRoleResponse>, Status> {
        self.call(request, roles::add).await
    }

    async fn remove_role(
        &self,
        request: Request<api::RemoveRoleRequest>,
    ) -> std::result::Result<Response<api::RemoveRoleResponse>, Status> {
        self.call(request, roles::remove).await
    }

    async fn change_role(
        &self,
        request: Request<api::ChangeRoleRequest>,
    ) -> std::result::Result<Response<api::ChangeRoleResponse>, Status> {
        self.call(request, roles::change).await
    }

    async fn list_authorizations(
        &self,
        request: Request<api::ListAuthorizationsRequest>,
    ) -> std::result::Result<Response<api::ListAuthorizationsResponse>, Status> {
        self.call(request, roles::list).await
    }

    async fn check_permissions(
        &self,
        request: Request<api::CheckPermissionsRequest>,
    ) -> std::result::Result<Response<api::CheckPermissionsResponse>, Status> {
        self.call(request, roles::check).await
    }

    async fn create_key(
        &self,
        request: Request<api::CreateKeyRequest>,
    ) -> std::result::Result<Response<api::CreateKeyResponse>, Status> {
        self.call(request, keys::create).await
    }

    async fn list_keys(
        &self,
        request: Request<api::ListKeysRequest>,
    ) -> std::result::Result<Response<api::ListKeysResponse>, Status> {
        self.call(request, keys::list).await
    }

    async fn create_key_from_existing_key_authorizations(
        &self,
        request: Request<api::CreateKeyFromExistingKeyAuthorizationsRequest>,
    ) -> std::result::Result<Response<api::CreateKeyFromExistingKeyAuthorizationsResponse>, Status>
    {
        self.call(request, keys::duplicate).await
    }

    async fn delete_key(
        &self,
        request: Request<api::DeleteKeyRequest>,
    ) -> std::result::Result<Response<api::DeleteKeyResponse>, Status> {
        self.call(request, keys::delete).await
    }

    async fn rename_key(
        &self,
        request: Request<api::RenameKeyRequest>,
    ) -> std::result::Result<Response<api::RenameKeyResponse>, Status> {
        self.call(request, keys::rename).await
    }

    async fn rotate_key(
        &self,
        request: Request<api::RotateKeyRequest>,
    ) -> std::result::Result<Response<api::RotateKeyResponse>, Status> {
        self.call(request, keys::rotate).await
    }

    async fn get_robot_api_keys(
        &self,
        request: Request<api::GetRobotApiKeysRequest>,
    ) -> std::result::Result<Response<api::GetRobotApiKeysResponse>, Status> {
        self.call(request, keys::for_robot).await
    }

    async fn get_robot_part(
        &self,
        request: Request<api::GetRobotPartRequest>,
    ) -> std::result::Result<Response<api::GetRobotPartResponse>, Status> {
        self.call(request, parts::get).await
    }

    async fn get_robot_part_by_name_and_location(
        &self,
        request: Request<api::GetRobotPartByNameAndLocationRequest>,
    ) -> std::result::Result<Response<api::GetRobotPartByNameAndLocationResponse>, Status> {
        self.call(request, parts::get_by_name_and_location).await
    }

    async fn new_robot_part(
        &self,
        request: Request<api::NewRobotPartRequest>,
    ) -> std::result::Result<Response<api::NewRobotPartResponse>, Status> {
        self.call(request, parts::create).await
    }

    async fn update_robot_part(
        &self,
        request: Request<api::UpdateRobotPartRequest>,
    ) -> std::result::Result<Response<api::UpdateRobotPartResponse>, Status> {
        self.call(request, parts::update).await
    }

    async fn delete_robot_part(
        &self,
        request: Request<api::DeleteRobotPartRequest>,
    ) -> std::result::Result<Response<api::DeleteRobotPartResponse>, Status> {
        self.call(request, parts::delete).await
    }

    async fn mark_part_as_main(
        &self,
        request: Request<api::MarkPartAsMainRequest>,
    ) -> std::result::Result<Response<api::MarkPartAsMainResponse>, Status> {
        self.call(request, parts::mark_as_main).await
    }

    async fn mark_part_for_restart(
        &self,
        request: Request<api::MarkPartForRestartRequest>,
    ) -> std::result::Result<Response<api::MarkPartForRestartResponse>, Status> {
        self.call(request, parts::mark_for_restart).await
    }

    async fn create_robot_part_secret(
        &self,
        request: Request<api::CreateRobotPartSecretRequest>,
    ) -> std::result::Result<Response<api::CreateRobotPartSecretResponse>, Status> {
        self.call(request, parts::create_secret).await
    }

    async fn delete_robot_part_secret(
        &self,
        request: Request<api::DeleteRobotPartSecretRequest>,
    ) -> std::result::Result<Response<api::DeleteRobotPartSecretResponse>, Status> {
        self.call(request, parts::delete_secret).await
    }

    async fn get_robot_part_history(
        &self,
        request: Request<api::GetRobotPartHistoryRequest>,
    ) -> std::result::Result<Response<api::GetRobotPartHistoryResponse>, Status> {
        self.call(request, parts::history).await
    }

    async fn get_robot_part_metadata(
        &self,
        request: Request<api::GetRobotPartMetadataRequest>,
    ) -> std::result::Result<Response<api::GetRobotPartMetadataResponse>, Status> {
        self.call(request, parts::get_metadata).await
    }

    async fn update_robot_part_metadata(
        &self,
        request: Request<api::UpdateRobotPartMetadataRequest>,
    ) -> std::result::Result<Response<api::UpdateRobotPartMetadataResponse>, Status> {
        self.call(request, parts::update_metadata).await
    }

    async fn get_robot_part_logs(
        &self,
        request: Request<api::GetRobotPartLogsRequest>,
    ) -> std::result::Result<Response<api::GetRobotPartLogsResponse>, Status> {
        self.call(request, part_logs::get).await
    }

    async fn tail_robot_part_logs(
        &self,
        request: Request<api::TailRobotPartLogsRequest>,
    ) -> std::result::Result<Response<part_logs::TailStream>, Status> {
        part_logs::tail(Arc::clone(&self.store), request).await
    }

    async fn list_fragments(
        &self,
        request: Request<api::ListFragmentsRequest>,
    ) -> std::result::Result<Response<api::ListFragmentsResponse>, Status> {
        self.call(request, fragments::list).await
    }

    async fn get_fragment(
        &self,
        request: Request<api::GetFragmentRequest>,
    ) -> std::result::Result<Response<api::GetFragmentResponse>, Status> {
        self.call(request, fragments::get).await
    }

    async fn create_fragment(
        &self,
        request: Request<api::CreateFragmentRequest>,
    ) -> std::result::Result<Response<api::CreateFragmentResponse>, Status> {
        self.call(request, fragments::create).await
    }

    async fn update_fragment(
        &self,
        request: Request<api::UpdateFragmentRequest>,
    ) -> std::result::Result<Response<api::UpdateFragmentResponse>, Status> {
        self.call(request, fragments::update).await
    }

    async fn delete_fragment(
        &self,
        request: Request<api::DeleteFragmentRequest>,
    ) -> std::result::Result<Response<api::DeleteFragmentResponse>, Status> {
        self.call(request, fragments::delete).await
    }

    async fn get_fragment_history(
        &self,
        request: Request<api::GetFragmentHistoryRequest>,
    ) -> std::result::Result<Response<api::GetFragmentHistoryResponse>, Status> {
        self.call(request, fragments::history).await
    }

    async fn list_machine_fragments(
        &self,
        request: Request<api::ListMachineFragmentsRequest>,
    ) -> std::result::Result<Response<api::ListMachineFragmentsResponse>, Status> {
        self.call(request, fragments::list_for_machine).await
    }

    async fn list_nested_fragments(
        &self,
        request: Request<api::ListNestedFragmentsRequest>,
    ) -> std::result::Result<Response<api::ListNestedFragmentsResponse>, Status> {
        self.call(request, fragments::list_nested).await
    }

    async fn create_module(
        &self,
        request: Request<api::CreateModuleRequest>,
    ) -> std::result::Result<Response<api::CreateModuleResponse>, Status> {
        self.call(request, modules::create).await
    }

    async fn update_module(
        &self,
        request: Request<api::UpdateModuleRequest>,
    ) -> std::result::Result<Response<api::UpdateModuleResponse>, Status> {
        self.call(request, modules::update).await
    }

    async fn get_module(
        &self,
        request: Request<api::GetModuleRequest>,
    ) -> std::result::Result<Response<api::GetModuleResponse>, Status> {
        self.call(request, modules::get).await
    }

    async fn list_modules(
        &self,
        request: Request<api::ListModulesRequest>,
    ) -> std::result::Result<Response<api::ListModulesResponse>, Status> {
        self.call(request, modules::list).await
    }

    async fn get_registry_item(
        &self,
        request: Request<api::GetRegistryItemRequest>,
    ) -> std::result::Result<Response<api::GetRegistryItemResponse>, Status> {
        self.call(request, modules::get_registry_item).await
    }

    async fn list_registry_items(
        &self,
        request: Request<api::ListRegistryItemsRequest>,
    ) -> std::result::Result<Response<api::ListRegistryItemsResponse>, Status> {
        self.call(request, modules::list_registry_items).await
    }

    async fn delete_registry_item(
        &self,
        request: Request<api::DeleteRegistryItemRequest>,
    ) -> std::result::Result<Response<api::DeleteRegistryItemResponse>, Status> {
        self.call(request, modules::delete_registry_item).await
    }

    async fn upload_module_file(
        &self,
        request: Request<tonic::Streaming<api::UploadModuleFileRequest>>,
    ) -> std::result::Result<Response<api::UploadModuleFileResponse>, Status> {
        module_upload::upload(Arc::clone(&self.store), request).await
    }
}
