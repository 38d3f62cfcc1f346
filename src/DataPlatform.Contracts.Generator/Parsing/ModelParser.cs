using DataPlatform.Contracts.Generator.Model;
using DataPlatform.Contracts.Generator.Shared;
using Microsoft.CodeAnalysis;

namespace DataPlatform.Contracts.Generator.Parsing;

/// <summary>
/// The only code that touches symbols and the one source of the declaration rules: turns a
/// <c>[RelationModel]</c> type into a value-equatable <see cref="ModelSpec"/> and every
/// <see cref="Reason"/> it breaks a rule. The generator uses the spec; the declaration analyzer
/// reports the reasons.
/// </summary>
internal static class ModelParser
{
    /// <summary>The model of a <c>[RelationModel]</c> type and the partial properties it leaves unimplemented.</summary>
    public static ParsedModel? Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not INamedTypeSymbol type) return null;
        // The reasons are the analyzers' to report; the pipeline keeps only what it emits, so they never cost a cache hit.
        var model = Parse(type, cancellationToken).Model;
        return new ParsedModel(type.Name, model, PartialStubs.For(type, model, cancellationToken));
    }

    /// <summary>The model of <paramref name="type"/> (null when a reason rejects it) and every reason found.</summary>
    public static ParseResult Parse(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        var reasons = new ReasonCollector(Declarations.IdentifierLocation(type, cancellationToken));
        Declarations.Check(type, reasons, cancellationToken);

        var chain = new List<INamedTypeSymbol>();
        for (INamedTypeSymbol? current = type; current is not null; current = Declarations.RelationModelBase(current)) chain.Insert(0, current);
        var levels = chain.Select(declaring => Candidates(declaring, type, reasons.TypeLocation)).ToList();
        var all = levels.SelectMany(level => level).ToList();

        var isPeer = Declarations.IsPeerModel(type);
        var members = new List<MemberSpec>();
        var groups = new List<string>();
        var keys = new WireKeys();
        var aliasTargets = new List<(int Index, string Target)>();
        for (var i = 0; i < chain.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var declaring = chain[i];
            var here = i == chain.Count - 1;
            if (here) reasons.EnterOwnLevel();
            else reasons.EnterBase(declaring.Name);
            // A source base that cannot be generated has none of the members the overrides need.
            if (!here && declaring.Locations.Any(l => l.IsInSource) && !Declarations.IsGeneratable(declaring)) reasons.Reject();

            foreach (var member in levels[i])
            {
                var usable = MemberChecks.Check(member, all, reasons, out var shape);
                if (member.Attributes is { GroupAttributeCount: > 0, Group: { } group } && ModelRules.IsValidGroupName(group) && !groups.Contains(group)) groups.Add(group);
                // An [AliasUsedFor] member is never written, so its key collides with nothing.
                if (member.Attributes.AliasUsedFor is null)
                {
                    keys.AddMember(member, usable, reasons);
                    if (usable) MemberChecks.Warn(member, reasons);
                }
                if (!usable) continue;
                if (member.Attributes.AliasUsedFor is { } target) aliasTargets.Add((members.Count, target));
                members.Add(MemberSpecs.Create(member, shape, reasons));
            }
            if (!isPeer) AddMissingPointers(members, groups, here, keys, reasons);
        }

        var found = reasons.Finish();
        if (reasons.Rejected) return new ParseResult(null, found);
        foreach (var (index, target) in aliasTargets)
        {
            members[index] = members[index] with { AliasOf = members.FindIndex(m => m.Name == target && m.AliasCount > 0) };
        }
        return new ParseResult(Spec(type, members), found);
    }

    /// <summary>The reasons of a type that is not a model: a declaration without <c>partial</c> around a nested model.</summary>
    public static EquatableArray<Reason> ParseContainer(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        var reasons = new ReasonCollector(Declarations.IdentifierLocation(type, cancellationToken));
        Declarations.CheckContainer(type, reasons, cancellationToken);
        return reasons.Finish();
    }

    private static List<MemberCandidate> Candidates(INamedTypeSymbol declaring, INamedTypeSymbol type, Location typeLocation)
    {
        var own = SymbolEqualityComparer.Default.Equals(declaring, type);
        var candidates = new List<MemberCandidate>();
        foreach (var property in declaring.GetMembers().OfType<IPropertySymbol>())
        {
            if (!MemberRules.IsCandidate(property)) continue;
            var candidate = new MemberCandidate(property, own, typeLocation);
            if (!candidate.Attributes.NotSerialized) candidates.Add(candidate);
        }
        return candidates;
    }

    private static ModelSpec Spec(INamedTypeSymbol type, List<MemberSpec> members) =>
        new(
            Namespace: type.ContainingNamespace.IsGlobalNamespace ? "" : type.ContainingNamespace.ToDisplayString(),
            ContainingTypes: ContainingTypes(type),
            Name: type.Name,
            DeclarationKeyword: Declarations.Keyword(type),
            IsSealed: type.IsSealed,
            BaseTypeName: Declarations.RelationModelBase(type)?.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            KeepsUnknownKeys: !IgnoresUnknownKeys(type),
            Members: members.ToEquatableArray(),
            SecretGroups: Groups(members));

    // Every group gets a secret-<group> pointer, declared by the user or added here after the
    // members of the level whose secret member first needs it.
    private static void AddMissingPointers(List<MemberSpec> members, List<string> groups, bool here, WireKeys keys, ReasonCollector reasons)
    {
        foreach (var group in groups)
        {
            if (members.Any(m => m.Role == MemberRole.Pointer && m.Group == group)) continue;
            // A member that takes the key (usually also the name) is reported on its declaration.
            var keyFree = keys.AddPointer(group, reasons);
            var name = WireNames.PointerProperty(group);
            if (members.Any(m => m.Name == name))
            {
                if (keyFree) reasons.Add(Rule.PointerNameTaken, "", null, group, name);
                continue;
            }
            members.Add(MemberSpecs.GeneratedPointer(group, here));
        }
    }

    private static EquatableArray<SecretGroupSpec> Groups(List<MemberSpec> members)
    {
        var groups = new List<SecretGroupSpec>();
        foreach (var group in members.Where(m => m.Role == MemberRole.Secret).Select(m => m.Group!).Distinct())
        {
            var indexes = new List<int>();
            for (var i = 0; i < members.Count; i++)
            {
                if (members[i].Role == MemberRole.Secret && members[i].Group == group) indexes.Add(i);
            }
            var pointer = members.FindIndex(m => m.Role == MemberRole.Pointer && m.Group == group);
            groups.Add(new SecretGroupSpec(group, indexes.ToEquatableArray(), pointer));
        }
        return groups.ToEquatableArray();
    }

    private static EquatableArray<ContainingTypeSpec> ContainingTypes(INamedTypeSymbol type)
    {
        var outer = new List<ContainingTypeSpec>();
        for (var current = type.ContainingType; current is not null; current = current.ContainingType)
        {
            outer.Insert(0, new ContainingTypeSpec(current.Name, Declarations.Keyword(current)));
        }
        return outer.ToEquatableArray();
    }

    private static bool IgnoresUnknownKeys(INamedTypeSymbol type)
    {
        var attribute = type.GetAttributes().First(a => a.AttributeClass?.ToDisplayString() == KnownNames.RelationModelAttribute);
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == "IgnoreUnknownKeys" && argument.Value.Value is bool ignore) return ignore;
        }
        return false;
    }
}
