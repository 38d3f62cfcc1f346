namespace Demo;

/// <summary><c>dotnet run --project samples/Demo</c>: the two sample charms related in an in-memory Juju.</summary>
public static class Program
{
    public static int Main() => new DemoScript(Console.Out).Run();
}
