using DataPlatform.Contracts;
using DataPlatform.Contracts.Models;

namespace MyClient;

/// <summary>
/// What the charm asks the database charm for: the V1 request fields (<c>resource</c>, the database
/// name; <c>extra-user-roles</c>; <c>entity-type</c>; ...). Add the fields your database charm reads
/// as <c>public partial</c> properties; mark one <c>[SecretGroup("name")]</c> and it travels in a
/// Juju secret of its own instead of the databag.
/// </summary>
[RelationModel]
public partial class DatabaseRequest : RequirerCommonModel
{
}
