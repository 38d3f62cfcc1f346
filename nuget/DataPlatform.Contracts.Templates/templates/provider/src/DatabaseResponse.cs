using DataPlatform.Contracts;
using DataPlatform.Contracts.Models;

namespace MyDatabase;

/// <summary>
/// What the charm answers a request with: the V1 response fields (<c>endpoints</c>; the
/// <c>username</c> and <c>password</c>, which the generated code keeps in the request's <c>user</c>
/// Juju secret; <c>uris</c>; ...). Add fields of your own as <c>public partial</c> properties; mark
/// one <c>[ExtraSecret]</c> and it travels in the <c>extra</c> secret instead of the databag.
/// </summary>
[RelationModel]
public partial class DatabaseResponse : ResourceProviderModel
{
}
