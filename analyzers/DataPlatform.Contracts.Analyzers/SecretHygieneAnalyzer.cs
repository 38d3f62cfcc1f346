using System.Collections.Immutable;
using DataPlatform.Contracts.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace DataPlatform.Contracts.Analyzers;

/// <summary>
/// DPC0300: a member of a secret group passed to something that carries text out of the charm's
/// process or into its logs (console, logging, exception messages, debug and trace listeners,
/// environment variables, child process arguments and environment, files and text writers), itself
/// or as a hole of an interpolated string, a part of a concatenation, an argument of
/// <c>string.Format</c>/<c>Concat</c>/<c>Join</c>, or a branch of <c>?:</c>/<c>??</c> that is.
/// Anything else (a comparison, a null test, the library's secret APIs) is not a leak.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SecretHygieneAnalyzer : DiagnosticAnalyzer
{
    private const string ProcessStartInfo = "System.Diagnostics.ProcessStartInfo";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SecretLeak);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterOperationAction(AnalyzeInvocation, OperationKind.Invocation);
        context.RegisterOperationAction(AnalyzeCreation, OperationKind.ObjectCreation);
        context.RegisterOperationAction(AnalyzeAssignment, OperationKind.SimpleAssignment);
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var sink = Sink(invocation);
        if (sink is null) return;
        foreach (var argument in invocation.Arguments)
        {
            // The receiver of an extension method is the logger, not a value.
            if (invocation.TargetMethod.IsExtensionMethod && argument.Parameter?.Ordinal == 0) continue;
            Inspect(context, argument.Value, sink, 0);
        }
    }

    // new SomeException(message, ...) and new ProcessStartInfo(fileName, arguments).
    private static void AnalyzeCreation(OperationAnalysisContext context)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        var sink = creation.Type is null ? null
            : IsException(creation.Type) ? "an exception message"
            : creation.Type.ToDisplayString() == ProcessStartInfo ? "a child process's command line"
            : null;
        if (sink is null) return;
        foreach (var argument in creation.Arguments) Inspect(context, argument.Value, sink, 0);
    }

    // startInfo.Arguments = ..., startInfo.FileName = ..., startInfo.Environment["X"] = ... (initializers too).
    private static void AnalyzeAssignment(OperationAnalysisContext context)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is not IPropertyReferenceOperation target) return;
        string? sink = null;
        if (target.Property.ContainingType?.ToDisplayString() == ProcessStartInfo && target.Property.Name is "Arguments" or "FileName")
        {
            sink = "a child process's command line";
        }
        else if (target.Property.IsIndexer && target.Instance is { } instance && IsProcessEnvironment(Unwrap(instance)))
        {
            sink = "a child process's environment";
        }
        if (sink is not null) Inspect(context, assignment.Value, sink, 0);
    }

    // Where the call sends its arguments, or null when it sends them nowhere we know of.
    private static string? Sink(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var containing = method.ContainingType;
        if (containing is null) return null;
        var type = containing.ToDisplayString();
        switch (type)
        {
            case "System.Console" when method.Name is "Write" or "WriteLine":
                return "the console";
            case "System.Diagnostics.Debug" or "System.Diagnostics.Trace"
                when method.Name is "Write" or "WriteLine" or "WriteIf" or "WriteLineIf" or "Print" or "Assert" or "Fail"
                    or "TraceInformation" or "TraceWarning" or "TraceError":
                return "a debug or trace listener";
            case "System.Environment" when method.Name == "SetEnvironmentVariable":
                return "an environment variable";
            case "System.Diagnostics.Process" when method.Name == "Start":
                return "a child process's command line";
            case "System.IO.File" when method.Name.StartsWith("WriteAll", StringComparison.Ordinal) || method.Name.StartsWith("AppendAll", StringComparison.Ordinal):
                return "a file";
        }
        if (method.Name is "Write" or "WriteLine" or "WriteAsync" or "WriteLineAsync" && DerivesFrom(containing, "System.IO.TextWriter"))
        {
            return "a file or stream";
        }
        // startInfo.ArgumentList.Add(...), startInfo.Environment.Add(...).
        if (method.Name == "Add" && invocation.Instance is { } instance)
        {
            var receiver = Unwrap(instance);
            if (receiver is IPropertyReferenceOperation { Property.Name: "ArgumentList" } list && list.Property.ContainingType?.ToDisplayString() == ProcessStartInfo)
            {
                return "a child process's command line";
            }
            if (IsProcessEnvironment(receiver)) return "a child process's environment";
        }
        if (!method.Name.StartsWith("Log", StringComparison.Ordinal)) return null;
        if (containing.Name == "LoggerExtensions") return "a log";
        if (containing.Name == "ILogger") return "a log";
        var logger = method.IsExtensionMethod
            ? (invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0)?.Value is { } first ? Unwrap(first).Type : null)
            : invocation.Instance?.Type;
        return logger?.Name == "ILogger" ? "a log" : null;
    }

    private static void Inspect(OperationAnalysisContext context, IOperation? value, string sink, int depth)
    {
        if (value is null || depth > 16) return;
        value = Unwrap(value);
        switch (value)
        {
            case IPropertyReferenceOperation reference when SecretGroup(reference.Property) is { } group:
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.SecretLeak, reference.Syntax.GetLocation(), reference.Property.Name, group, sink));
                break;
            case IInterpolatedStringOperation interpolated:
                foreach (var part in interpolated.Parts)
                {
                    switch (part)
                    {
                        case IInterpolationOperation hole:
                            Inspect(context, hole.Expression, sink, depth + 1);
                            break;
                        case IInterpolatedStringAppendOperation { AppendCall: IInvocationOperation append }:
                            // An interpolated string handler (Debug.Assert's, a logger's): AppendFormatted(value).
                            foreach (var argument in append.Arguments) Inspect(context, argument.Value, sink, depth + 1);
                            break;
                    }
                }
                break;
            case IInterpolatedStringHandlerCreationOperation handler:
                Inspect(context, handler.Content, sink, depth + 1);
                break;
            case IInterpolatedStringAdditionOperation addition:
                Inspect(context, addition.Left, sink, depth + 1);
                Inspect(context, addition.Right, sink, depth + 1);
                break;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when binary.Type?.SpecialType == SpecialType.System_String:
                Inspect(context, binary.LeftOperand, sink, depth + 1);
                Inspect(context, binary.RightOperand, sink, depth + 1);
                break;
            case IConditionalOperation conditional:
                Inspect(context, conditional.WhenTrue, sink, depth + 1);
                Inspect(context, conditional.WhenFalse, sink, depth + 1);
                break;
            case ICoalesceOperation coalesce:
                Inspect(context, coalesce.Value, sink, depth + 1);
                Inspect(context, coalesce.WhenNull, sink, depth + 1);
                break;
            case IInvocationOperation call when call.TargetMethod.ContainingType?.SpecialType == SpecialType.System_String
                && call.TargetMethod.Name is "Format" or "Concat" or "Join":
                foreach (var argument in call.Arguments) Inspect(context, argument.Value, sink, depth + 1);
                break;
            case IArrayCreationOperation { Initializer: { } initializer }:
                // params object[] args of Console.WriteLine(format, ...), string.Format and the Log* methods,
                // and Process.Start(fileName, new[] { ... }).
                foreach (var element in initializer.ElementValues) Inspect(context, element, sink, depth + 1);
                break;
            case ICollectionExpressionOperation collection:
                foreach (var element in collection.Elements) Inspect(context, element, sink, depth + 1);
                break;
        }
    }

    // The group of a member with a secret group attribute (its own or an overridden one's).
    private static string? SecretGroup(IPropertySymbol property)
    {
        var depth = 0;
        for (IPropertySymbol? current = property; current is not null && depth < 32; current = current.OverriddenProperty, depth++)
        {
            var attributes = MemberAttributes.Read(current);
            if (attributes.GroupAttributeCount > 0) return attributes.Group ?? "";
        }
        return null;
    }

    private static bool IsException(ITypeSymbol type) => DerivesFrom(type, "System.Exception");

    private static bool DerivesFrom(ITypeSymbol type, string baseName)
    {
        var depth = 0;
        for (var current = type; current is not null && depth < 64; current = current.BaseType, depth++)
        {
            if (current.ToDisplayString() == baseName) return true;
        }
        return false;
    }

    // startInfo.Environment or startInfo.EnvironmentVariables.
    private static bool IsProcessEnvironment(IOperation operation) =>
        operation is IPropertyReferenceOperation { Property.Name: "Environment" or "EnvironmentVariables" } reference
        && reference.Property.ContainingType?.ToDisplayString() == ProcessStartInfo;

    private static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation conversion) operation = conversion.Operand;
        return operation;
    }
}
