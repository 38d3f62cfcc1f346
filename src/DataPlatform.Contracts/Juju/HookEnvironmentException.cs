namespace DataPlatform.Contracts.Juju;

/// <summary>The process was not started the way Juju starts a hook: a variable is missing or garbled. Names it.</summary>
public sealed class HookEnvironmentException : DataInterfacesException
{
    /// <summary>Creates the exception about <paramref name="variable"/>.</summary>
    public HookEnvironmentException(string variable, string message) : base($"{variable}: {message}") => Variable = variable;

    /// <summary>The environment variable at fault, e.g. <c>JUJU_UNIT_NAME</c>.</summary>
    public string Variable { get; }
}
