using DataPlatform.Contracts.Generator.Model;
using Microsoft.CodeAnalysis;

namespace DataPlatform.Contracts.Generator.Parsing;

/// <summary>
/// The reasons of one parse, taken level by level along the inheritance chain. Reasons on the
/// parsed type's own level are kept; a base level's reasons only reject the type, which then gets
/// one <see cref="Rule.BaseNotGeneratable"/>: the base's own parse reports them where they are.
/// </summary>
internal sealed class ReasonCollector
{
    private readonly List<Reason> _reasons = new();
    private string? _level;
    private string? _rejectedBase;

    public ReasonCollector(Location typeLocation) => TypeLocation = typeLocation;

    /// <summary>Where reasons about the type itself are reported: its identifier.</summary>
    public Location TypeLocation { get; }

    /// <summary>Whether a reason rejects the type: it gets no model part.</summary>
    public bool Rejected { get; private set; }

    /// <summary>Whether reasons are being taken on the parsed type's own level (else on a base named by <see cref="EnterBase"/>).</summary>
    public bool OnOwnLevel => _level is null;

    /// <summary>Takes the next reasons on a base relation model.</summary>
    public void EnterBase(string name) => _level = name;

    /// <summary>Takes the next reasons on the parsed type's own members.</summary>
    public void EnterOwnLevel() => _level = null;

    /// <summary>Adds a reason at <paramref name="location"/>, or at the type when null.</summary>
    public void Add(Rule rule, string member, Location? location, params string[] arguments)
    {
        if (rule.Rejects()) Reject();
        if (!OnOwnLevel) return;
        _reasons.Add(new Reason(rule, member, arguments.ToEquatableArray(), LocationInfo.From(location ?? TypeLocation)));
    }

    /// <summary>Rejects the type without a reason of its own: the compiler or another declaration's parse reports the cause.</summary>
    public void Reject()
    {
        Rejected = true;
        if (!OnOwnLevel) _rejectedBase ??= _level;
    }

    /// <summary>Ends the parse: the reasons, with the first rejected base (root first) named.</summary>
    public EquatableArray<Reason> Finish()
    {
        EnterOwnLevel();
        if (_rejectedBase is { } name)
        {
            _rejectedBase = null;
            Add(Rule.BaseNotGeneratable, "", null, name);
        }
        return _reasons.ToEquatableArray();
    }
}
