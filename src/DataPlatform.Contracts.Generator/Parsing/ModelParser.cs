using System.Globalization;
using DataPlatform.Contracts.Generator.Model;
using DataPlatform.Contracts.Generator.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DataPlatform.Contracts.Generator.Parsing;

/// <summary>
/// The only code that touches symbols: turns a <c>[RelationModel]</c> type into a value-equatable
/// <see cref="ModelSpec"/>, or null with a <see cref="ParseRejection"/> when the declaration cannot be
/// generated (the analyzers report it).
/// </summary>
internal static class ModelParser
{
    private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary>The model of a <c>[RelationModel]</c> type and the partial properties it leaves unimplemented.</summary>
    public static ParsedModel? Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not INamedTypeSymbol type) return null;
        var model = Parse(type, cancellationToken);
        return new ParsedModel(type.Name, model, PartialStubs.For(type, model, cancellationToken));
    }

    public static ModelSpec? Parse(INamedTypeSymbol type, CancellationToken cancellationToken) => Parse(type, cancellationToken, out _);

    /// <summary>The model of <paramref name="type"/>, or null with the reason in <paramref name="rejection"/>.</summary>
    public static ModelSpec? Parse(INamedTypeSymbol type, CancellationToken cancellationToken, out ParseRejection? rejection)
    {
        rejection = null;
        if (Declarations.WhyNotGeneratable(type) is { } why) return Reject(out rejection, Rejection.TypeNotGeneratable, why);

        var chain = new List<INamedTypeSymbol>();
        for (INamedTypeSymbol? current = type; current is not null; current = Declarations.RelationModelBase(current)) chain.Insert(0, current);
        foreach (var baseType in chain)
        {
            // A source base that cannot be generated has none of the members the overrides need.
            var inSource = baseType.Locations.Any(l => l.IsInSource);
            if (inSource && Declarations.WhyNotGeneratable(baseType) is not null)
            {
                return Reject(out rejection, Rejection.BaseNotGeneratable, $"its base relation model '{baseType.Name}' cannot be generated");
            }
        }

        var isPeer = Declarations.IsPeerModel(type);
        var members = new List<MemberSpec>();
        var aliasRecords = new List<(int Index, string Target)>();
        foreach (var declaring in chain)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var here = SymbolEqualityComparer.Default.Equals(declaring, type);
            foreach (var property in declaring.GetMembers().OfType<IPropertySymbol>())
            {
                if (!MemberRules.IsCandidate(property)) continue;
                var attributes = MemberAttributes.Read(property);
                if (attributes.HasErrors)
                {
                    return Reject(out rejection, Rejection.AttributeDoesNotBind, $"an attribute of '{property.Name}' has arguments that do not bind");
                }
                if (attributes.NotSerialized) continue;
                var member = ParseMember(property, attributes, here, out rejection);
                if (member is null) return null;
                if (attributes.AliasUsedFor is { } target) aliasRecords.Add((members.Count, target));
                members.Add(member);
            }
            if (!isPeer && AddMissingPointers(members, here) is { } taken)
            {
                return Reject(out rejection, Rejection.PointerNameTaken,
                    $"the generator declares '{WireNames.PointerProperty(taken)}' as the pointer of secret group '{taken}', but the model already has a member of that name (declare it with [SecretPointer(\"{taken}\")] or rename it)");
            }
        }

        foreach (var (index, target) in aliasRecords)
        {
            var aliased = members.FindIndex(m => m.Name == target && m.AliasCount > 0);
            if (aliased < 0)
            {
                return Reject(out rejection, Rejection.AliasTargetMissing,
                    $"[AliasUsedFor] on '{members[index].Name}' names '{target}', which is not a member with [InputAliases]");
            }
            members[index] = members[index] with { AliasOf = aliased };
        }
        if (DuplicateWireName(members) is { } duplicate)
        {
            return Reject(out rejection, Rejection.DuplicateWireKey, $"two members use the wire key '{duplicate}'");
        }

        return new ModelSpec(
            Namespace: type.ContainingNamespace.IsGlobalNamespace ? "" : type.ContainingNamespace.ToDisplayString(),
            ContainingTypes: ContainingTypes(type),
            Name: type.Name,
            DeclarationKeyword: Declarations.Keyword(type),
            IsSealed: type.IsSealed,
            IsRoot: chain.Count == 1,
            KeepsUnknownKeys: !IgnoresUnknownKeys(type),
            Members: members.ToEquatableArray(),
            SecretGroups: Groups(members));
    }

    private static ModelSpec? Reject(out ParseRejection? rejection, Rejection kind, string reason)
    {
        rejection = new ParseRejection(kind, reason);
        return null;
    }

    private static MemberSpec? RejectMember(out ParseRejection? rejection, Rejection kind, string reason)
    {
        rejection = new ParseRejection(kind, reason);
        return null;
    }

    private static MemberSpec? ParseMember(IPropertySymbol property, MemberAttributes attributes, bool here, out ParseRejection? rejection)
    {
        rejection = null;
        var name = property.Name;
        if (!TypeShape.TryClassify(property.Type, out var shape))
        {
            return RejectMember(out rejection, Rejection.UnsupportedType,
                $"its member '{name}' has type '{property.Type.ToDisplayString()}', which a relation model cannot serialize");
        }
        var wireName = attributes.WireName ?? WireNames.ToKebabCase(name);
        if (!ModelRules.IsValidWireName(wireName))
        {
            return RejectMember(out rejection, Rejection.InvalidWireName, $"the wire name of '{name}' is empty or has control characters");
        }

        MemberRole role;
        string? group = null;
        if (attributes.GroupAttributeCount > 0)
        {
            if (attributes.GroupAttributeCount > 1)
            {
                return RejectMember(out rejection, Rejection.MultipleSecretGroups, $"'{name}' has {attributes.GroupAttributeCount} secret group attributes");
            }
            if (!ModelRules.IsValidGroupName(attributes.Group))
            {
                return RejectMember(out rejection, Rejection.InvalidGroupName, $"the secret group name '{attributes.Group}' of '{name}' is not valid");
            }
            if (!shape.IsNullable || shape.Kind is not (ValueKind.String or ValueKind.Boolean))
            {
                return RejectMember(out rejection, Rejection.SecretType, $"the secret member '{name}' must be 'string?' or 'bool?'");
            }
            role = MemberRole.Secret;
            group = attributes.Group;
        }
        else if (attributes.PointerGroup is { } pointerGroup)
        {
            if (!ModelRules.IsValidGroupName(pointerGroup))
            {
                return RejectMember(out rejection, Rejection.InvalidPointerGroup, $"the [SecretPointer] group name '{pointerGroup}' of '{name}' is not valid");
            }
            if (shape.Kind != ValueKind.String || !shape.IsNullable)
            {
                return RejectMember(out rejection, Rejection.PointerType, $"its secret pointer '{name}' must be 'string?'");
            }
            role = MemberRole.Pointer;
            group = pointerGroup;
        }
        else if (attributes.AliasUsedFor is not null)
        {
            if (shape.Kind != ValueKind.String || shape.IsNullable)
            {
                return RejectMember(out rejection, Rejection.AliasRecordType, $"the [AliasUsedFor] member '{name}' must be a non-nullable 'string'");
            }
            role = MemberRole.AliasRecord;
        }
        else
        {
            role = MemberRole.Plain;
        }

        var keys = new List<string>();
        foreach (var alias in attributes.Aliases)
        {
            if (!keys.Contains(alias)) keys.Add(alias);
        }
        var aliasCount = keys.Count;
        if (!keys.Contains(wireName)) keys.Add(wireName);
        var pythonName = WireNames.ToPythonName(wireName);
        if (!keys.Contains(pythonName)) keys.Add(pythonName);

        var implementation = here ? Implementation(property) : null;
        var typeName = property.Type.ToDisplayString(TypeFormat);
        var (defaultKind, defaultExpression) = Default(property, attributes, shape, typeName, implementation, role);
        if (defaultKind == DefaultKind.Constant && defaultExpression is null)
        {
            return RejectMember(out rejection, Rejection.UnusableDefault,
                $"the [WireDefault] value of '{name}' is not one the generator can write (a string, bool, int, long, double, enum value or null)");
        }

        return new MemberSpec(
            Name: property.Name,
            WireName: wireName,
            InputKeys: keys.ToEquatableArray(),
            Role: role,
            Group: group,
            Kind: shape.Kind,
            IsNullable: shape.IsNullable,
            TypeName: typeName,
            ElementTypeName: shape.Element?.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            EnumValues: shape.Kind == ValueKind.Enum ? EnumValues(shape.Element!) : EquatableArray<EnumValueSpec>.Empty,
            Default: defaultKind,
            DefaultExpression: defaultExpression,
            Literal: attributes.Literal,
            KeepOnUpdate: attributes.KeepOnUpdate,
            AliasOf: -1,
            DeclaredHere: here,
            Implementation: implementation) { AliasCount = aliasCount };
    }

    private static (DefaultKind, string?) Default(
        IPropertySymbol property, MemberAttributes attributes, TypeShape shape, string typeName,
        PropertyImplementation? implementation, MemberRole role)
    {
        if (role == MemberRole.AliasRecord) return (DefaultKind.Constant, "\"\"");
        if (attributes.DefaultFactory is { } factory) return (DefaultKind.Factory, factory + "()");
        if (attributes.Default is { } constant) return (DefaultKind.Constant, Literal(constant, typeName));
        if (shape.IsNullable) return (DefaultKind.Null, "null");
        if (implementation is not null || !property.Locations.Any(l => l.IsInSource)) return (DefaultKind.Required, EmptyValue(shape));

        // A plain auto-property in source: its initializer, if any, is its default.
        var hasInitializer = property.DeclaringSyntaxReferences
            .Select(r => r.GetSyntax())
            .OfType<PropertyDeclarationSyntax>()
            .Any(p => p.Initializer is not null);
        return hasInitializer ? (DefaultKind.Initializer, null) : (DefaultKind.Required, null);
    }

    private static string? Literal(TypedConstant constant, string typeName)
    {
        if (constant.IsNull) return "null";
        if (constant.Type?.TypeKind == TypeKind.Enum)
        {
            return "(" + typeName.TrimEnd('?') + ")" + Convert.ToString(constant.Value, CultureInfo.InvariantCulture);
        }
        return constant.Value switch
        {
            string s => SymbolDisplay.FormatLiteral(s, quote: true),
            bool b => b ? "true" : "false",
            int or long or short or byte => Convert.ToString(constant.Value, CultureInfo.InvariantCulture),
            double d => d.ToString("R", CultureInfo.InvariantCulture) + "d",
            _ => null,
        };
    }

    private static string EmptyValue(TypeShape shape) => shape.Kind switch
    {
        ValueKind.String => "\"\"",
        ValueKind.Boolean => "false",
        ValueKind.Int32 or ValueKind.Int64 or ValueKind.Double => "0",
        ValueKind.Enum => "default",
        ValueKind.Json => "global::DataPlatform.Contracts.Wire.WireValue.Null",
        ValueKind.StringList => "new global::System.Collections.Generic.List<string>()",
        ValueKind.ModelList => "new global::System.Collections.Generic.List<" + shape.Element!.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + ">()",
        _ => "new " + shape.Element!.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "()",
    };

    // A partial property without an implementation is ours to implement, repeating its modifiers.
    private static PropertyImplementation? Implementation(IPropertySymbol property)
    {
        if (!property.IsPartialDefinition || property.PartialImplementationPart is not null) return null;
        var syntax = property.DeclaringSyntaxReferences.Select(r => r.GetSyntax()).OfType<PropertyDeclarationSyntax>().FirstOrDefault();
        if (syntax?.AccessorList is null) return null;
        var modifiers = string.Join(" ", syntax.Modifiers.Where(m => !m.IsKind(SyntaxKind.PartialKeyword)).Select(m => m.Text));
        var getter = syntax.AccessorList.Accessors.FirstOrDefault(a => a.IsKind(SyntaxKind.GetAccessorDeclaration));
        var setter = syntax.AccessorList.Accessors.FirstOrDefault(a => a.IsKind(SyntaxKind.SetAccessorDeclaration) || a.IsKind(SyntaxKind.InitAccessorDeclaration));
        if (getter is null || setter is null) return null;
        return new PropertyImplementation(
            Modifiers: modifiers,
            GetterModifiers: string.Join(" ", getter.Modifiers.Select(m => m.Text)),
            SetterKeyword: setter.Keyword.Text,
            SetterModifiers: string.Join(" ", setter.Modifiers.Select(m => m.Text)),
            IsDeclaredByGenerator: false);
    }

    // Every group gets a secret-<group> pointer, declared by the user or added here after the
    // members of the type whose secret member first needs it. Returns the group whose pointer
    // name is already taken, or null.
    private static string? AddMissingPointers(List<MemberSpec> members, bool here)
    {
        var groups = members.Where(m => m.Role == MemberRole.Secret).Select(m => m.Group!).Distinct().ToList();
        foreach (var group in groups)
        {
            if (members.Any(m => m.Role == MemberRole.Pointer && m.Group == group)) continue;
            var name = WireNames.PointerProperty(group);
            if (members.Any(m => m.Name == name)) return group;
            var wireName = WireNames.PointerKey(group);
            members.Add(new MemberSpec(
                Name: name,
                WireName: wireName,
                InputKeys: new[] { wireName, WireNames.ToPythonName(wireName) }.ToEquatableArray(),
                Role: MemberRole.Pointer,
                Group: group,
                Kind: ValueKind.String,
                IsNullable: true,
                TypeName: "string?",
                ElementTypeName: null,
                EnumValues: EquatableArray<EnumValueSpec>.Empty,
                Default: DefaultKind.Null,
                DefaultExpression: "null",
                Literal: null,
                KeepOnUpdate: false,
                AliasOf: -1,
                DeclaredHere: here,
                Implementation: here ? new PropertyImplementation("public", "", "set", "", IsDeclaredByGenerator: true) : null));
        }
        return null;
    }

    private static string? DuplicateWireName(List<MemberSpec> members)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            if (member.Role == MemberRole.AliasRecord) continue;
            if (!seen.Add(member.WireName)) return member.WireName;
        }
        return null;
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

    private static EquatableArray<EnumValueSpec> EnumValues(ITypeSymbol enumType) =>
        enumType.GetMembers().OfType<IFieldSymbol>()
            .Where(f => f.IsConst)
            .Select(f => new EnumValueSpec(f.Name, MemberAttributes.Read(f).WireName ?? f.Name))
            .ToEquatableArray();

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
