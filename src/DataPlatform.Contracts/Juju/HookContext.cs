namespace DataPlatform.Contracts.Juju;

/// <summary>
/// The hook being run, as Juju's environment describes it (<c>JUJU_HOOK_NAME</c>,
/// <c>JUJU_RELATION</c>, <c>JUJU_RELATION_ID</c>, <c>JUJU_REMOTE_APP</c>, <c>JUJU_REMOTE_UNIT</c>,
/// <c>JUJU_DEPARTING_UNIT</c>, <c>JUJU_SECRET_ID</c>, <c>JUJU_SECRET_LABEL</c>, <c>JUJU_SECRET_REVISION</c>,
/// <c>JUJU_ACTION_NAME</c>, <c>JUJU_ACTION_UUID</c>).
/// </summary>
/// <param name="Name">
/// The hook, e.g. <c>database-relation-changed</c> or <c>secret-changed</c>. An action is named
/// <c>&lt;action&gt;-action</c> (<see cref="ForAction"/>), which no Juju hook name ends with, so an
/// observer of <c>rotate-password-action</c> can never see a hook; <see cref="IsAction"/> says the same.
/// </param>
public sealed record HookContext(string Name)
{
    /// <summary>The relation's endpoint, for relation hooks.</summary>
    public string? RelationName { get; init; }

    /// <summary>The relation's id, for relation hooks.</summary>
    public int? RelationId { get; init; }

    /// <summary>The remote application, for relation hooks.</summary>
    public string? RemoteApp { get; init; }

    /// <summary>The remote unit whose databag changed; null when the application databag changed.</summary>
    public string? RemoteUnit { get; init; }

    /// <summary>The secret, for secret hooks.</summary>
    public string? SecretId { get; init; }

    /// <summary>This unit's label of the secret, for secret hooks.</summary>
    public string? SecretLabel { get; init; }

    /// <summary>The revision, for <c>secret-remove</c> and <c>secret-expired</c>.</summary>
    public int? SecretRevision { get; init; }

    /// <summary>The unit leaving the relation, for <c>relation-departed</c> (<c>JUJU_DEPARTING_UNIT</c>).</summary>
    public string? DepartingUnit { get; init; }

    /// <summary>The action's name, e.g. <c>rotate-password</c>, when this is an action (<c>JUJU_ACTION_NAME</c>).</summary>
    public string? ActionName { get; init; }

    /// <summary>The action run's id (<c>JUJU_ACTION_UUID</c>), when this is an action.</summary>
    public string? ActionId { get; init; }

    /// <summary>Whether this is an action rather than a hook.</summary>
    public bool IsAction => ActionName is not null;

    /// <summary>The suffix of <see cref="Name"/> for actions.</summary>
    public const string ActionSuffix = "-action";

    /// <summary>The context of action <paramref name="actionName"/>: named <c>&lt;action&gt;-action</c>.</summary>
    public static HookContext ForAction(string actionName, string? actionId = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(actionName);
        return new HookContext(actionName + ActionSuffix) { ActionName = actionName, ActionId = actionId };
    }

    /// <summary>The relation event kind (<c>relation-changed</c>, ...) when this is a relation hook.</summary>
    public string? RelationEvent =>
        RelationName is not null && Name.StartsWith(RelationName + "-", StringComparison.Ordinal) ? Name[(RelationName.Length + 1)..] : null;
}
