using System.Collections.Immutable;
using DataPlatform.Contracts.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace DataPlatform.Contracts.Analyzers;

/// <summary>
/// DPC0300: a member of a secret group passed straight to console output or a logging call, or
/// used as a hole of an interpolated string (or a part of a concatenation) that is.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SecretHygieneAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SecretLeak);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterOperationAction(AnalyzeInvocation, OperationKind.Invocation);
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

    // "the console" or "a log", or null when the call writes neither.
    private static string? Sink(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var containing = method.ContainingType;
        if (containing is null) return null;
        if (method.Name is "Write" or "WriteLine" && containing.ToDisplayString() == "System.Console") return "the console";
        if (!method.Name.StartsWith("Log", StringComparison.Ordinal)) return null;
        if (containing.Name == "LoggerExtensions") return "a log";
        if (containing.Name == "ILogger") return "a log";
        var receiver = method.IsExtensionMethod
            ? (invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0)?.Value is { } first ? Unwrap(first).Type : null)
            : invocation.Instance?.Type;
        return receiver?.Name == "ILogger" ? "a log" : null;
    }

    private static void Inspect(OperationAnalysisContext context, IOperation value, string sink, int depth)
    {
        if (depth > 16) return;
        value = Unwrap(value);
        switch (value)
        {
            case IPropertyReferenceOperation reference when SecretGroup(reference.Property) is { } group:
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.SecretLeak, reference.Syntax.GetLocation(), reference.Property.Name, group, sink));
                break;
            case IInterpolatedStringOperation interpolated:
                foreach (var part in interpolated.Parts.OfType<IInterpolationOperation>()) Inspect(context, part.Expression, sink, depth + 1);
                break;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when binary.Type?.SpecialType == SpecialType.System_String:
                Inspect(context, binary.LeftOperand, sink, depth + 1);
                Inspect(context, binary.RightOperand, sink, depth + 1);
                break;
            case IArrayCreationOperation { IsImplicit: true, Initializer: { } initializer }:
                // params object[] args of Console.WriteLine(format, ...) and the Log* methods.
                foreach (var element in initializer.ElementValues) Inspect(context, element, sink, depth + 1);
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

    private static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation conversion) operation = conversion.Operand;
        return operation;
    }
}
