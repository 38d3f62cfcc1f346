namespace DataPlatform.Contracts.Testing;

/// <summary>How one action run ended, as <c>juju run</c> reports it.</summary>
/// <param name="Unit">The unit it ran on.</param>
/// <param name="Action">The action's name.</param>
/// <param name="Id">The run's id.</param>
/// <param name="Failed">
/// True when the action called <c>action-fail</c> (its hook still committed) or its process
/// failed (nothing of the hook committed; <see cref="HookResult.Error"/> says why).
/// </param>
/// <param name="Message">The <c>action-fail</c> message, <c>exit status 1</c> when the process failed, else null.</param>
/// <param name="Results">The results set with <c>action-set</c>, dotted keys as given; Juju reports them even for a failed run.</param>
/// <param name="Logs">The <c>action-log</c> messages, in order.</param>
/// <param name="Hook">The hook run of the action.</param>
public sealed record ActionResult(
    string Unit,
    string Action,
    string Id,
    bool Failed,
    string? Message,
    IReadOnlyDictionary<string, string> Results,
    IReadOnlyList<string> Logs,
    HookResult Hook);
