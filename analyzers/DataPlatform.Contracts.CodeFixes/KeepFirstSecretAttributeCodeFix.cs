using System.Collections.Immutable;
using System.Composition;
using DataPlatform.Contracts.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DataPlatform.Contracts.CodeFixes;

/// <summary>DPC0005: removes every secret group attribute of the member but the first, keeping its comments and layout.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(KeepFirstSecretAttributeCodeFix)), Shared]
public sealed class KeepFirstSecretAttributeCodeFix : CodeFixProvider
{
    internal const string EquivalenceKey = "DPC0005.KeepFirst";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("DPC0005");

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
            if (property is null) continue;
            var symbol = model.GetDeclaredSymbol(property, context.CancellationToken);
            if (symbol is null) continue;
            // The attribute syntax of each secret attribute, in source order.
            var secret = new HashSet<SyntaxNode>(symbol.GetAttributes()
                .Where(DeclarationAnalyzer.IsSecretAttribute)
                .Select(a => a.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken))
                .Where(s => s is not null)
                .Select(s => s!));
            var ordered = property.AttributeLists.SelectMany(l => l.Attributes).Where(secret.Contains).ToList();
            if (ordered.Count < 2) continue;
            var remove = ordered.Skip(1).ToList();
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Keep only the first secret group attribute of '{property.Identifier.ValueText}'",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(Remove(root, property, remove))),
                    EquivalenceKey),
                diagnostic);
        }
    }

    // Removes the attributes and their separators, or whole lists, and nothing else: a comment in
    // removed trivia moves to the next token (on a line of its own when it had one), and a removed
    // list that had a line of its own leaves no blank line.
    private static SyntaxNode Remove(SyntaxNode root, PropertyDeclarationSyntax property, List<AttributeSyntax> remove)
    {
        var lists = new List<AttributeListSyntax>();
        var carry = SyntaxFactory.TriviaList();
        foreach (var list in property.AttributeLists)
        {
            var gone = list.Attributes.Count(remove.Contains);
            if (gone == list.Attributes.Count)
            {
                carry = carry.AddRange(KeptOfRemovedList(list));
                continue;
            }
            var kept = gone == 0 ? list : RemoveWithin(list, remove);
            lists.Add(carry.Count == 0 ? kept : kept.WithLeadingTrivia(carry.AddRange(kept.GetLeadingTrivia())));
            carry = SyntaxFactory.TriviaList();
        }
        var rewritten = property.WithAttributeLists(SyntaxFactory.List(lists));
        if (carry.Count > 0)
        {
            // The last list went: what it carried goes before the modifiers (or the type).
            var first = rewritten.AttributeLists.Count > 0
                ? rewritten.AttributeLists.Last().GetLastToken().GetNextToken()
                : rewritten.GetFirstToken();
            rewritten = rewritten.ReplaceToken(first, first.WithLeadingTrivia(carry.AddRange(first.LeadingTrivia)));
        }
        return root.ReplaceNode(property, rewritten);
    }

    // The trivia of a removed list worth keeping: the lines before it, and its comments.
    private static SyntaxTriviaList KeptOfRemovedList(AttributeListSyntax list)
    {
        var leading = list.GetLeadingTrivia();
        var trailing = list.GetTrailingTrivia();
        if (!trailing.Any(SyntaxKind.EndOfLineTrivia)) return leading.AddRange(CommentsInline(trailing));
        // A line of its own: drop its indentation (what follows has its own) and its line break.
        var indentation = leading.Count > 0 && leading.Last().IsKind(SyntaxKind.WhitespaceTrivia) ? leading.Last() : default;
        var before = indentation == default ? leading : SyntaxFactory.TriviaList(leading.Take(leading.Count - 1));
        return before.AddRange(CommentsAsLines(trailing, indentation, trailing.First(t => t.IsKind(SyntaxKind.EndOfLineTrivia))));
    }

    private static AttributeListSyntax RemoveWithin(AttributeListSyntax list, List<AttributeSyntax> remove)
    {
        var items = list.Attributes.GetWithSeparators().ToList();
        for (var i = 0; i < items.Count; i++)
        {
            if (!items[i].IsNode || !remove.Contains((AttributeSyntax)items[i].AsNode()!)) continue;
            if (i + 1 < items.Count)
            {
                // The attribute and the comma after it; their comments go before the next attribute.
                var removed = Trivia(items[i]).AddRange(Trivia(items[i + 1]));
                items.RemoveRange(i, 2);
                var next = items[i];
                var nextLeading = next.GetLeadingTrivia();
                var indentation = nextLeading.Count > 0 && nextLeading.Last().IsKind(SyntaxKind.WhitespaceTrivia) ? nextLeading.Last() : default;
                var eol = removed.FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
                var comments = eol == default ? CommentsInline(removed) : CommentsAsLines(removed, indentation, eol);
                if (comments.Count > 0) items[i] = next.WithLeadingTrivia(nextLeading.InsertRange(Math.Max(0, nextLeading.Count - (indentation == default ? 0 : 1)), comments));
                i--;
            }
            else
            {
                // The last attribute and the comma before it; their comments follow the previous attribute.
                var removed = Trivia(items[i - 1]).AddRange(Trivia(items[i]));
                items.RemoveRange(i - 1, 2);
                var previous = items[i - 2];
                var comments = SyntaxFactory.TriviaList(removed.Where(IsComment).SelectMany(c => new[] { SyntaxFactory.Space, c }));
                if (comments.Count > 0) items[i - 2] = previous.WithTrailingTrivia(previous.GetTrailingTrivia().AddRange(comments));
                i -= 2;
            }
        }
        return list.WithAttributes(SyntaxFactory.SeparatedList<AttributeSyntax>(items));
    }

    private static SyntaxTriviaList Trivia(SyntaxNodeOrToken item) => item.GetLeadingTrivia().AddRange(item.GetTrailingTrivia());

    private static bool IsComment(SyntaxTrivia trivia) =>
        trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia);

    // Each comment on its own line at the given indentation.
    private static SyntaxTriviaList CommentsAsLines(SyntaxTriviaList trivia, SyntaxTrivia indentation, SyntaxTrivia endOfLine)
    {
        var result = new List<SyntaxTrivia>();
        foreach (var comment in trivia.Where(IsComment))
        {
            if (indentation != default) result.Add(indentation);
            result.Add(comment);
            result.Add(endOfLine);
        }
        return SyntaxFactory.TriviaList(result);
    }

    // Each block comment followed by a space (a line comment needs its line break: kept as a line).
    private static SyntaxTriviaList CommentsInline(SyntaxTriviaList trivia)
    {
        var result = new List<SyntaxTrivia>();
        foreach (var comment in trivia.Where(IsComment))
        {
            result.Add(comment);
            result.Add(comment.IsKind(SyntaxKind.SingleLineCommentTrivia) ? SyntaxFactory.CarriageReturnLineFeed : SyntaxFactory.Space);
        }
        return SyntaxFactory.TriviaList(result);
    }
}
