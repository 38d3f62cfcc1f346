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

    [Fact]
    public Task SecretInExceptionMessage_DPC0300() => Verify.Run(InMethod("""
        if (m.Endpoints is null) throw new InvalidOperationException($"no endpoints for {{|DPC0300:m.Password|}}");
        var error = new ArgumentException("bad password " + {|DPC0300:m.Password|}, nameof(m.Password));
        throw new Exception(string.Format("endpoints {0} tls {1}", m.Endpoints, {|DPC0300:m.TlsCa|}));
        """));

    [Fact]
    public Task SecretLeavingTheProcess_DPC0300() => Verify.Run(InMethod("""
        Environment.SetEnvironmentVariable("DB_PASSWORD", {|DPC0300:m.Password|});
        System.Diagnostics.Process.Start("psql", $"--password={{|DPC0300:m.Password|}}");
        System.Diagnostics.Process.Start("psql", new[] { "-W", {|DPC0300:m.Password|}! });
        var info = new System.Diagnostics.ProcessStartInfo("psql") { Arguments = "-W " + {|DPC0300:m.Password|} };
        info.ArgumentList.Add({|DPC0300:m.EntityPassword|}!);
        info.Environment["PGPASSWORD"] = {|DPC0300:m.Password|};
        _ = new System.Diagnostics.ProcessStartInfo("psql", {|DPC0300:m.Password|}!);
        System.IO.File.WriteAllText("/tmp/pw", {|DPC0300:m.Password|});
        System.IO.File.AppendAllLines("/tmp/pw", new[] { {|DPC0300:m.Password|}! });
        using var writer = new System.IO.StreamWriter("/tmp/pw");
        writer.WriteLine(string.Concat("pw=", {|DPC0300:m.Password|}));
        Console.Error.WriteLine({|DPC0300:m.TlsCa|});
        System.Diagnostics.Debug.WriteLine({|DPC0300:m.Password|});
        System.Diagnostics.Trace.TraceInformation("pw {0}", {|DPC0300:m.Password|});
        System.Diagnostics.Debug.Assert(m.Endpoints is not null, $"pw {{|DPC0300:m.Password|}}");
        Console.WriteLine(m.Endpoints is null ? {|DPC0300:m.Password|} : "none");
        Console.WriteLine({|DPC0300:m.Password|} ?? "none");
        """));

    [Fact]
    public Task SecretComparedOrStoredThroughTheLibrary_IsQuiet() => Verify.Run(InMethod("""
        if (m.Password == "admin") throw new InvalidOperationException("the default password is not allowed");
        if (string.IsNullOrEmpty(m.Password)) throw new ArgumentException("no password", nameof(m.Password));
        throw new InvalidOperationException(m.Password is null ? "missing" : "present");
        """) + """

        public static class Store
        {
            public static void Keep(ResourceProviderModel m, DataPlatform.Contracts.Secrets.ISecretStore store, DataPlatform.Contracts.Secrets.ISecretRepository repository)
            {
                var content = new Dictionary<string, string> { ["password"] = m.Password! };
                var snapshot = store.Add("database.password", content);
                store.SetContent(snapshot.Id, new Dictionary<string, string> { ["password"] = m.Password + "!" });
                repository.Add("user", null, new Dictionary<string, string> { ["password"] = $"{m.Password}" });
                Environment.SetEnvironmentVariable("HAS_PASSWORD", (m.Password is not null).ToString());
                System.IO.File.WriteAllText("/tmp/length", m.Password?.Length.ToString());
                var info = new System.Diagnostics.ProcessStartInfo("psql") { Arguments = "-h " + m.Endpoints };
                System.Diagnostics.Debug.Assert(m.Password is not null, "a password is set");
            }
        }
        """);
}
