using DataPlatform.Contracts.Juju;

namespace DataPlatform.Contracts.Tests.HookTools;

/// <summary>The argv and answers of the secret tools, and how content reaches them: only through private files.</summary>
public sealed class SecretToolArgvTests
{
    private const string Id = "secret://" + Backends.ModelUuid + "/cngj3jre7ls3su1ln020";
    private const string Password = "Xy-very-secret-9";
    private readonly FakeHookToolRunner _tools = new();

    private static Dictionary<string, string> Content => new() { ["username"] = "relation-5", ["password"] = Password };

    [Fact]
    public void Secret_add_passes_each_value_as_a_private_file_and_returns_the_printed_id()
    {
        _tools.Answer("secret-add", Id + "\n");
        var id = Backends.New(_tools).SecretAdd(Content, "database.5.user.secret", SecretOwner.Application);
        Assert.Equal(Id, id);
        var call = Assert.Single(_tools.Calls);
        Assert.Equal(["secret-add", "--label", "database.5.user.secret", "--owner", "application"], call.Argv[..5]);
        Assert.Equal(["password#file=", "username#file="], call.Args.Skip(4).Select(a => a[..(a.IndexOf('=') + 1)]));
        Assert.Equal(Password, call.Files["password"].Content);
        Assert.Equal("relation-5", call.Files["username"].Content);
        Assert.Null(call.Stdin);
    }

    [Fact]
    public void The_files_are_0600_in_a_0700_folder_and_gone_after_the_call()
    {
        _tools.Answer("secret-add", Id);
        Backends.New(_tools).SecretAdd(Content, null, SecretOwner.Unit);
        var call = Assert.Single(_tools.Calls);
        Assert.Equal(["secret-add", "--owner", "unit"], call.Argv[..3]);
        foreach (var (_, (_, mode, folderMode)) in call.Files)
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, mode);
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, folderMode);
        }

        var paths = call.Args.Where(a => a.Contains("#file=", StringComparison.Ordinal)).Select(a => a[(a.IndexOf('=') + 1)..]).ToArray();
        Assert.Equal(2, paths.Length);
        Assert.All(paths, p => Assert.False(File.Exists(p)));
        Assert.False(Directory.Exists(Path.GetDirectoryName(paths[0])));
    }

    [Fact]
    public void The_files_are_gone_when_the_tool_fails_and_the_error_holds_no_content()
    {
        _tools.Fail("secret-add", 1, "ERROR this unit is not the leader\n");
        var error = Assert.Throws<NotLeaderException>(() => Backends.New(_tools).SecretAdd(Content, "l", SecretOwner.Application));
        var call = Assert.Single(_tools.Calls);
        Assert.All(call.Args.Where(a => a.Contains("#file=", StringComparison.Ordinal)), a => Assert.False(File.Exists(a[(a.IndexOf('=') + 1)..])));
        Assert.DoesNotContain(Password, error.ToString(), StringComparison.Ordinal);
        Assert.Contains("password#file=***", error.Argv);
        Assert.DoesNotContain(error.Argv, a => a.Contains('/', StringComparison.Ordinal) && a.Contains("#file=", StringComparison.Ordinal));
    }

    [Fact]
    public void No_secret_value_is_ever_on_argv_or_stdin()
    {
        _tools.Answer("secret-add", Id).Answer("is-leader", "true").Answer("secret-info-get", "{\"cngj3jre7ls3su1ln020\":{\"revision\":1}}");
        var backend = Backends.New(_tools);
        var id = backend.SecretAdd(Content, "l", SecretOwner.Application);
        backend.SecretSet(id, new Dictionary<string, string> { ["password"] = Password + "-2" });
        backend.SecretGrant(id, 5);
        Assert.All(_tools.Calls, c => Assert.DoesNotContain(c.Argv.Append(c.Stdin ?? ""), a => a.Contains(Password, StringComparison.Ordinal)));
    }

    [Fact]
    public void Invalid_keys_fail_before_any_file_or_tool()
    {
        var error = Assert.Throws<JujuException>(() => Backends.New(_tools).SecretAdd(new Dictionary<string, string> { ["../x"] = "v" }, null, SecretOwner.Application));
        Assert.Equal("secret-add", error.Tool);
        Assert.Empty(_tools.Calls);
    }

    [Theory]
    [InlineData(SecretRead.Tracked, new string[0])]
    [InlineData(SecretRead.Peek, new[] { "--peek" })]
    [InlineData(SecretRead.Refresh, new[] { "--refresh" })]
    public void Secret_get_by_id(SecretRead mode, string[] flags)
    {
        _tools.Answer("secret-get", "{\"username\":\"u\",\"password\":\"p\"}\n");
        var content = Backends.New(_tools).SecretGet(Id, null, mode);
        Assert.Equal(new Dictionary<string, string> { ["username"] = "u", ["password"] = "p" }, content);
        Assert.Equal(["secret-get", "--format=json", Id, .. flags], Assert.Single(_tools.Calls).Argv);
    }

    [Fact]
    public void Secret_get_by_id_attaching_a_label()
    {
        _tools.Answer("secret-get", "{\"a\":\"b\"}");
        Backends.New(_tools).SecretGet(Id, "database.5.user.secret", SecretRead.Tracked);
        Assert.Equal(["secret-get", "--format=json", Id, "--label", "database.5.user.secret"], Assert.Single(_tools.Calls).Argv);
    }

    [Fact]
    public void Secret_get_by_label()
    {
        _tools.Answer("secret-get", "{\"a\":\"b\"}");
        Backends.New(_tools).SecretGet(null, "lbl", SecretRead.Refresh);
        Assert.Equal(["secret-get", "--format=json", "--label", "lbl", "--refresh"], Assert.Single(_tools.Calls).Argv);
    }

    [Theory]
    [InlineData(Backends.ModelUuid, "cs1", "secret://" + Backends.ModelUuid + "/cs1")]
    [InlineData(null, "cs1", "secret:cs1")]
    [InlineData(Backends.ModelUuid, "secret:cs1", "secret:cs1")]
    [InlineData(Backends.ModelUuid, " secret://other/cs1 ", "secret://other/cs1")]
    public void A_bare_xid_is_completed_like_ops(string? modelUuid, string given, string sent)
    {
        _tools.Answer("secret-get", "{}");
        Backends.New(_tools, modelUuid: modelUuid).SecretGet(given, null, SecretRead.Tracked);
        Assert.Equal(sent, _tools.Calls[0].Args[1]);
    }

    [Fact]
    public void Secret_info_get_by_id_reads_the_xid_keyed_answer()
    {
        _tools.Answer("secret-info-get", "{\"cngj3jre7ls3su1ln020\":{\"revision\":3,\"label\":\"database.5.user.secret\",\"owner\":\"application\",\"rotation\":\"never\"}}\n");
        var info = Backends.New(_tools).SecretInfoGet(Id, null);
        Assert.Equal(new SecretInfo(Id, "database.5.user.secret", 3), info);
        Assert.Equal(["secret-info-get", "--format=json", Id], Assert.Single(_tools.Calls).Argv);
    }

    [Fact]
    public void Secret_info_get_by_label_completes_the_id()
    {
        _tools.Answer("secret-info-get", "{\"cngj3jre7ls3su1ln020\":{\"revision\":1,\"label\":\"lbl\",\"owner\":\"unit\"}}");
        var info = Backends.New(_tools).SecretInfoGet(null, "lbl");
        Assert.Equal(new SecretInfo(Id, "lbl", 1), info);
        Assert.Equal(["secret-info-get", "--format=json", "--label", "lbl"], Assert.Single(_tools.Calls).Argv);
    }

    [Fact]
    public void Secret_set_passes_the_new_content_as_files()
    {
        Backends.New(_tools).SecretSet(Id, new Dictionary<string, string> { ["password"] = Password });
        var call = Assert.Single(_tools.Calls);
        Assert.Equal(["secret-set", Id], call.Argv[..2]);
        Assert.StartsWith("password#file=/", call.Args[1], StringComparison.Ordinal);
        Assert.Equal(Password, call.Files["password"].Content);
    }

    [Fact]
    public void Grant_revoke_and_remove()
    {
        var backend = Backends.New(_tools);
        backend.SecretGrant(Id, 5);
        backend.SecretRevoke(Id, 5);
        backend.SecretRemove(Id, 3);
        backend.SecretRemove(Id, null);
        Assert.Equal(["secret-grant", "--relation", "5", Id], _tools.Calls[0].Argv);
        Assert.Equal(["secret-revoke", "--relation", "5", Id], _tools.Calls[1].Argv);
        Assert.Equal(["secret-remove", Id, "--revision", "3"], _tools.Calls[2].Argv);
        Assert.Equal(["secret-remove", Id], _tools.Calls[3].Argv);
    }
}
