using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace DataPlatform.Contracts.Analyzers;

/// <summary>
/// Relation handlers checked against the charm's metadata and status schema (DPC0200-0299), read
/// from the project's <c>AdditionalFiles</c>. Without those files, or when a file cannot be read,
/// or when a value is not a constant, nothing is reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CharmMetadataAnalyzer : DiagnosticAnalyzer
{
    internal const string RequirerHandler = "DataPlatform.Contracts.Relations.ResourceRequirerEventHandler`1";
    internal const string ProviderHandler = "DataPlatform.Contracts.Relations.ResourceProviderEventHandler`1";
    internal const string RequirerOptions = "DataPlatform.Contracts.Relations.RequirerOptions";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.UndeclaredRelation, Descriptors.AliasCount, Descriptors.UndefinedStatusCode, Descriptors.MalformedStatusSchema);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var files = start.Options.AdditionalFiles;
            if (files.IsDefaultOrEmpty) return;

            start.RegisterAdditionalFileAction(ReportMalformedSchema);

            var requirer = start.Compilation.GetTypeByMetadataName(RequirerHandler);
            var provider = start.Compilation.GetTypeByMetadataName(ProviderHandler);
            if (requirer is null && provider is null) return;
            var metadata = ReadMetadata(files, start.CancellationToken);
            var codes = ReadCodes(files, start.CancellationToken);
            if (metadata is null && codes is null) return;
            var options = start.Compilation.GetTypeByMetadataName(RequirerOptions);
            var symbols = new Symbols(requirer, provider, options, metadata, codes);
            if (metadata is not null) start.RegisterOperationAction(c => AnalyzeCreation(c, symbols), OperationKind.ObjectCreation);
            if (codes is not null && provider is not null) start.RegisterOperationAction(c => AnalyzeInvocation(c, symbols), OperationKind.Invocation);
        });
    }

    private sealed class Symbols(INamedTypeSymbol? requirer, INamedTypeSymbol? provider, INamedTypeSymbol? options, Metadata? metadata, HashSet<int>? codes)
    {
        public INamedTypeSymbol? Requirer { get; } = requirer;
        public INamedTypeSymbol? Provider { get; } = provider;
        public INamedTypeSymbol? Options { get; } = options;
        public Metadata? Metadata { get; } = metadata;
        public HashSet<int>? Codes { get; } = codes;
    }

    // The union of every metadata file that describes the charm.
    private sealed class Metadata
    {
        public List<CharmMetadataFile> Files { get; } = new();

        public IReadOnlyList<string> Names(string block) =>
            Files.Where(f => f.Blocks.ContainsKey(block)).SelectMany(f => f.Blocks[block].Keys).Distinct().OrderBy(n => n, StringComparer.Ordinal).ToList();

        public IEnumerable<CharmEndpoint> Endpoints(string block, string name) =>
            Files.Select(f => f.Blocks.TryGetValue(block, out var endpoints) && endpoints.TryGetValue(name, out var endpoint) ? endpoint : null)
                .Where(e => e is not null)!;
    }

    internal static bool IsMetadataFile(string path)
    {
        var name = Path.GetFileName(path);
        return string.Equals(name, "charmcraft.yaml", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "metadata.yaml", StringComparison.OrdinalIgnoreCase);
    }

    internal static bool IsJsonFile(string path, out bool namedAsSchema)
    {
        var name = Path.GetFileName(path);
        namedAsSchema = string.Equals(name, StatusSchemaReader.FileName, StringComparison.OrdinalIgnoreCase);
        return name.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
    }

    private static Metadata? ReadMetadata(ImmutableArray<AdditionalText> files, CancellationToken cancellationToken)
    {
        var metadata = new Metadata();
        foreach (var file in files)
        {
            if (!IsMetadataFile(file.Path)) continue;
            var text = file.GetText(cancellationToken);
            if (text is null) return null;
            var read = CharmMetadataReader.Read(text.ToString());
            if (read is null) return null; // one unreadable file: judge nothing
            if (read.HasName) metadata.Files.Add(read);
        }
        return metadata.Files.Count == 0 ? null : metadata;
    }

    private static HashSet<int>? ReadCodes(ImmutableArray<AdditionalText> files, CancellationToken cancellationToken)
    {
        HashSet<int>? codes = null;
        foreach (var file in files)
        {
            if (!IsJsonFile(file.Path, out var named)) continue;
            var text = file.GetText(cancellationToken);
            if (text is null) return null;
            var schema = StatusSchemaReader.Read(text.ToString(), named);
            if (schema is null) continue;
            if (schema.Problem is not null) return null; // a malformed schema is DPC0203's, not a reason to judge codes
            codes ??= new HashSet<int>();
            codes.UnionWith(schema.Codes);
        }
        return codes;
    }

    private static void ReportMalformedSchema(AdditionalFileAnalysisContext context)
    {
        if (!IsJsonFile(context.AdditionalFile.Path, out var named)) return;
        var text = context.AdditionalFile.GetText(context.CancellationToken);
        if (text is null) return;
        var schema = StatusSchemaReader.Read(text.ToString(), named);
        if (schema?.Problem is null) return;
        var span = schema.ProblemSpan;
        if (span.End > text.Length) span = new Microsoft.CodeAnalysis.Text.TextSpan(text.Length, 0);
        var location = Location.Create(context.AdditionalFile.Path, span, text.Lines.GetLinePositionSpan(span));
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.MalformedStatusSchema, location, Path.GetFileName(context.AdditionalFile.Path), schema.Problem));
    }

    private static void AnalyzeCreation(OperationAnalysisContext context, Symbols symbols)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Type is not INamedTypeSymbol type || symbols.Metadata is not { } metadata) return;
        string block;
        if (symbols.Requirer is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, symbols.Requirer)) block = CharmMetadataFile.Requires;
        else if (symbols.Provider is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, symbols.Provider)) block = CharmMetadataFile.Provides;
        else return;

        var nameArgument = Argument(creation, "relationName");
        if (nameArgument is null || nameArgument.ConstantValue is not { HasValue: true, Value: string name }) return;

        var declared = metadata.Names(block);
        if (!declared.Contains(name, StringComparer.Ordinal))
        {
            var list = declared.Count == 0 ? "none" : string.Join(", ", declared.Select(n => "'" + n + "'"));
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.UndeclaredRelation, nameArgument.Syntax.GetLocation(), name, block, list));
            return;
        }

        if (block != CharmMetadataFile.Requires || symbols.Options is null) return;
        var aliases = Aliases(Argument(creation, "options"), symbols.Options);
        if (aliases is null) return;
        var endpoints = metadata.Endpoints(block, name).ToList();
        if (endpoints.Count == 0 || endpoints.Any(e => e.LimitUnreadable || e.Limit is null)) return;
        var limits = endpoints.Select(e => e.Limit!.Value).Distinct().ToList();
        if (limits.Count != 1 || limits[0] == aliases.Value.Count) return;
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.AliasCount, aliases.Value.Value.Syntax.GetLocation(), name, limits[0], aliases.Value.Count));
    }

    // The aliases of "new RequirerOptions { RelationAliases = <array or collection expression> }", when countable.
    private static (IOperation Value, int Count)? Aliases(IOperation? options, INamedTypeSymbol optionsType)
    {
        if (options is not null && Unwrap(options) is ILocalReferenceOperation local) options = LocalInitializer(local);
        if (options is null || Unwrap(options) is not IObjectCreationOperation { Initializer: { } initializer } creation) return null;
        if (!SymbolEqualityComparer.Default.Equals(creation.Type, optionsType) || creation.Arguments.Length != 0) return null;
        IOperation? value = null;
        foreach (var assignment in initializer.Initializers)
        {
            if (assignment is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "RelationAliases" } } simple) return null;
            if (value is not null) return null;
            value = simple.Value;
        }
        if (value is null) return null;
        var unwrapped = Unwrap(value);
        int? count = unwrapped switch
        {
            IArrayCreationOperation { Initializer: { } array } => array.ElementValues.Length,
            ICollectionExpressionOperation collection when collection.Elements.All(e => e is not ISpreadOperation) => collection.Elements.Length,
            _ => null,
        };
        return count is null ? null : (unwrapped, count.Value);
    }

    // "var options = new RequirerOptions { ... };" in the same body, when the local is never written again.
    private static IOperation? LocalInitializer(ILocalReferenceOperation reference)
    {
        var root = reference as IOperation;
        while (root.Parent is not null) root = root.Parent;
        IOperation? initializer = null;
        foreach (var operation in root.Descendants())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, reference.Local):
                    if (initializer is not null) return null;
                    initializer = declarator.Initializer?.Value;
                    if (initializer is null) return null;
                    break;
                case IAssignmentOperation assignment when Unwrap(assignment.Target) is ILocalReferenceOperation target && SymbolEqualityComparer.Default.Equals(target.Local, reference.Local):
                case IDeconstructionAssignmentOperation:
                case IArgumentOperation { Parameter.RefKind: not RefKind.None } argument when Unwrap(argument.Value) is ILocalReferenceOperation passed && SymbolEqualityComparer.Default.Equals(passed.Local, reference.Local):
                    return null;
            }
        }
        return initializer;
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, Symbols symbols)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (method.Name != "RaiseStatus" || symbols.Codes is not { } codes) return;
        if (!SymbolEqualityComparer.Default.Equals(method.ContainingType?.OriginalDefinition, symbols.Provider)) return;
        var codeArgument = Argument(invocation, "code");
        if (codeArgument is null || codeArgument.Parameter?.Type.SpecialType != SpecialType.System_Int32) return;
        if (codeArgument.Value.ConstantValue is not { HasValue: true, Value: int code } || codes.Contains(code)) return;
        var defined = codes.Count == 0 ? " (it defines no statuses)" : " (defined: " + string.Join(", ", codes.OrderBy(c => c)) + ")";
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.UndefinedStatusCode, codeArgument.Value.Syntax.GetLocation(), code, defined));
    }

    private static IOperation? Argument(IObjectCreationOperation creation, string parameter) =>
        creation.Arguments.FirstOrDefault(a => a.Parameter?.Name == parameter && a.ArgumentKind == ArgumentKind.Explicit)?.Value;

    private static IArgumentOperation? Argument(IInvocationOperation invocation, string parameter) =>
        invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == parameter && a.ArgumentKind == ArgumentKind.Explicit);

    private static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion) operation = conversion.Operand;
        return operation;
    }
}
