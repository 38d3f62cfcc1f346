namespace DataPlatform.Contracts;

/// <summary>
/// A model could not be read or failed validation. Lists every issue, each naming the wire key and
/// member; never contains a secret value.
/// </summary>
public sealed class RelationModelValidationException : DataInterfacesException
{
    /// <summary>Creates the exception for <paramref name="model"/> with its issues.</summary>
    public RelationModelValidationException(string model, IReadOnlyList<ValidationIssue> issues)
        : base(Describe(model, issues))
    {
        Model = model;
        Issues = issues;
    }

    /// <summary>The model type that was being read or validated.</summary>
    public string Model { get; }

    /// <summary>Every issue found, in the order found.</summary>
    public IReadOnlyList<ValidationIssue> Issues { get; }

    private static string Describe(string model, IReadOnlyList<ValidationIssue> issues)
    {
        var text = new System.Text.StringBuilder();
        text.Append(issues.Count == 1 ? "1 validation error for " : $"{issues.Count} validation errors for ").Append(model);
        foreach (var issue in issues) text.Append("\n  ").Append(issue);
        return text.ToString();
    }
}
