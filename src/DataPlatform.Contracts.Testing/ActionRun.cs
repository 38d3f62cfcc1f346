using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Testing;

/// <summary>What one action run has: its parameters in, and its results, failure and log out.</summary>
internal sealed class ActionRun
{
    public ActionRun(string name, string id, IReadOnlyDictionary<string, WireValue> parameters)
    {
        Name = name;
        Id = id;
        Params = parameters;
    }

    public string Name { get; }

    public string Id { get; }

    public IReadOnlyDictionary<string, WireValue> Params { get; }

    public SortedDictionary<string, string> Results { get; } = new(StringComparer.Ordinal);

    public string? FailureMessage { get; set; }

    public bool FailCalled { get; set; }

    public List<string> Logs { get; } = new();

    /// <summary>The result of the run once its hook ended.</summary>
    public ActionResult Finish(string unit, HookResult hook) => new(
        unit,
        Name,
        Id,
        FailCalled || !hook.Committed,
        hook.Committed ? (FailCalled ? FailureMessage : null) : "exit status 1",
        new SortedDictionary<string, string>(Results, StringComparer.Ordinal),
        Logs.ToArray(),
        hook);
}
