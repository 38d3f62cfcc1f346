using System.Globalization;
using DataPlatform.Contracts.Generator.Model;
using DataPlatform.Contracts.Generator.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DataPlatform.Contracts.Generator.Parsing;

/// <summary>Turns a member that passed <see cref="MemberChecks"/> into its <see cref="MemberSpec"/>.</summary>
internal static class MemberSpecs
{
    /// <summary>How a member's declared type is written in generated code: fully qualified, with its nullable annotation.</summary>
    public static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary>The keys a member is read from, best first: its aliases, its wire name, its Python name, each once.</summary>
    public static List<string> InputKeys(MemberAttributes attributes, string key, out int aliasCount)
    {
        var keys = new List<string>();
        foreach (var alias in attributes.Aliases)
        {
            if (!keys.Contains(alias)) keys.Add(alias);
        }
        aliasCount = keys.Count;
        if (!keys.Contains(key)) keys.Add(key);
        var pythonName = WireNames.ToPythonName(key);
        if (!keys.Contains(pythonName)) keys.Add(pythonName);
        return keys;
    }

    /// <summary>The spec of a checked member; a <c>[WireDefault]</c> the generator cannot write adds a reason.</summary>
    public static MemberSpec Create(MemberCandidate member, TypeShape shape, ReasonCollector reasons)
    {
        var property = member.Property;
        var attributes = member.Attributes;
        var here = member.Own;

        // One role per member: a secret group wins over a pointer, a pointer over an alias record.
        MemberRole role;
        string? group = null;
        if (attributes.GroupAttributeCount > 0)
        {
            role = MemberRole.Secret;
            group = attributes.Group;
        }
        else if (attributes.PointerGroup is { } pointerGroup)
        {
            role = MemberRole.Pointer;
            group = pointerGroup;
        }
        else
        {
            role = attributes.AliasUsedFor is not null ? MemberRole.AliasRecord : MemberRole.Plain;
        }

        var keys = InputKeys(attributes, member.Key, out var aliasCount);

        var implementation = here ? Implementation(property) : null;
        var typeName = property.Type.ToDisplayString(TypeFormat);
        var (defaultKind, defaultExpression) = Default(property, attributes, shape, typeName, implementation, role);
        if (defaultKind == DefaultKind.Constant && defaultExpression is null) reasons.Add(Rule.UnusableDefault, member.Name, null);

        return new MemberSpec(
            Name: property.Name,
            WireName: member.Key,
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

    /// <summary>The <c>secret-&lt;group&gt;</c> pointer the generator declares for a group without one.</summary>
    public static MemberSpec GeneratedPointer(string group, bool here)
    {
        var wireName = WireNames.PointerKey(group);
        return new MemberSpec(
            Name: WireNames.PointerProperty(group),
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
            Implementation: here ? new PropertyImplementation("public", "", "set", "", IsDeclaredByGenerator: true) : null);
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
        if (constant.Kind == TypedConstantKind.Array) return null; // its Value throws
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

    private static EquatableArray<EnumValueSpec> EnumValues(ITypeSymbol enumType) =>
        enumType.GetMembers().OfType<IFieldSymbol>()
            .Where(f => f.IsConst)
            .Select(f => new EnumValueSpec(f.Name, MemberAttributes.Read(f).WireName ?? f.Name))
            .ToEquatableArray();
}
