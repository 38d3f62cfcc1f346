using System.Collections.Immutable;
using System.Composition;
using DataPlatform.Contracts.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace DataPlatform.Contracts.CodeFixes;

/// <summary>DPC0010: makes the member nullable, or gives it an initializer (two code actions).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RequiredMemberCodeFix)), Shared]
public sealed class RequiredMemberCodeFix : CodeFixProvider
{
    internal const string MakeNullableKey = "DPC0010.MakeNullable";
    internal const string InitializeKey = "DPC0010.Initialize";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("DPC0010");

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null) return;
        foreach (var diagnostic in context.Diagnostics)
        {
            var property = Edits.PropertyAt(root, diagnostic);
            if (property is null || property.Initializer is not null) continue;
            var name = property.Identifier.ValueText;

            if (diagnostic.Properties.TryGetValue(DeclarationAnalyzer.CanBeNullableProperty, out var nullable) && nullable == "true")
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Make '{name}' nullable",
                        _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(property.Type,
                            SyntaxFactory.NullableType(property.Type.WithoutTrivia()).WithTriviaFrom(property.Type)))),
                        MakeNullableKey),
                    diagnostic);
            }

            var type = model.GetTypeInfo(property.Type, context.CancellationToken).Type;
            var value = InitialValue(type);
            if (value is null) continue;
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Initialize '{name}' with '{value}'",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(property, Initialize(property, value)))),
                    InitializeKey),
                diagnostic);
        }
    }

    // "" for strings, [] for lists, WireValue.Null for JSON values, new() for models.
    private static string? InitialValue(ITypeSymbol? type)
    {
        if (type is null) return null;
        if (type.SpecialType == SpecialType.System_String) return "\"\"";
        if (type.ToDisplayString() == "DataPlatform.Contracts.Wire.WireValue") return "global::DataPlatform.Contracts.Wire.WireValue.Null";
        if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic
            && generic.OriginalDefinition.ContainingNamespace?.ToDisplayString() == "System.Collections.Generic") return "[]";
        if (type is INamedTypeSymbol { TypeKind: TypeKind.Class } named && named.InstanceConstructors.Any(c => c.Parameters.Length == 0)) return "new()";
        return null;
    }

    private static PropertyDeclarationSyntax Initialize(PropertyDeclarationSyntax property, string value)
    {
        var trailing = property.GetTrailingTrivia();
        var expression = SyntaxFactory.ParseExpression(value).WithAdditionalAnnotations(Simplifier.Annotation);
        return property.WithoutTrailingTrivia()
            .WithInitializer(SyntaxFactory.EqualsValueClause(
                SyntaxFactory.Token(SyntaxKind.EqualsToken).WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(SyntaxFactory.Space),
                expression))
            .WithSemicolonToken(SyntaxFactory.Token(SyntaxKind.SemicolonToken).WithTrailingTrivia(trailing));
    }
}
