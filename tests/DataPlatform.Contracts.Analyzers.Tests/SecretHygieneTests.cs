namespace DataPlatform.Contracts.Analyzers.Tests;

using Verify = AnalyzerTest<SecretHygieneAnalyzer>;

public class SecretHygieneTests
{
    // A minimal stand-in for Microsoft.Extensions.Logging, which the test compilation does not reference.
    private const string Logging = """

        namespace Microsoft.Extensions.Logging
        {
            public interface ILogger { void Log(int level, string message); }
            public static class LoggerExtensions
            {
                public static void LogInformation(this ILogger logger, string? message, params object?[] args) { }
                public static void LogError(this ILogger logger, string? message, params object?[] args) { }
            }
        }
        """;

    private static string InMethod(string body) =>
        "using Microsoft.Extensions.Logging;\npublic static class Charm\n{\n    public static void Run(ResourceProviderModel m, KafkaResponseModel k, ILogger logger)\n    {\n" + body + "\n    }\n}\n" + Logging;

    [Fact]
    public Task SecretToConsoleOrLog_DPC0300() => Verify.Run(InMethod("""
        Console.WriteLine({|DPC0300:m.Password|});
        Console.Write($"user {m.Endpoints} password {{|DPC0300:m.Password|}}");
        Console.WriteLine("token: " + {|DPC0300:m.EntityPassword|});
        Console.WriteLine("{0} {1}", m.Endpoints, {|DPC0300:m.TlsCa|});
        logger.LogInformation("password {Password}", {|DPC0300:m.Password|});
        logger.LogError($"prefix {{|DPC0300:k.ConsumerGroupPrefix|}}");
        logger.Log(1, $"{{|DPC0300:k.Username|}}");
        """));

    [Fact]
    public Task NonSecretOrIndirect_IsQuiet() => Verify.Run(InMethod("""
        Console.WriteLine(m.Endpoints);
        Console.WriteLine(m.Password is null);
        Console.WriteLine(m.Password?.Length);
        logger.LogInformation("endpoints {Endpoints}", m.Endpoints);
        var text = $"{m.Password}";
        Use(m.Password);
        """).Replace("public static void Run", "public static void Use(string? s) { }\n    public static void Run"));
}
