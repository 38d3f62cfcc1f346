using DataPlatform.Contracts.DataContracts;
using DataPlatform.Contracts.Models;
using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts.Tests.Contracts;

/// <summary>
/// A <c>requests</c> text is read in one pass when System.Text.Json reads it as one array; every
/// other text goes the full way (docs/hook-cost.md). The two must agree: these are the texts where
/// the one-pass read starts and has to give up.
/// </summary>
public sealed class RequestListReadPathTests
{
    private static RequirerDataContractV1<RequirerCommonModel> Read(string requests) =>
        RequirerDataContractV1<RequirerCommonModel>.ReadDatabag(new Dictionary<string, string> { ["requests"] = requests }, new ModelReadContext());

    private static string ErrorKind(string requests) => Assert.Throws<RelationModelValidationException>(() => Read(requests)).Issues[0].Kind;

    [Theory]
    [InlineData("[{\"resource\": \"db\", \"salt\": \"s\"}]")]
    [InlineData(" \n[{\"resource\": \"db\", \"salt\": \"s\"}]\t ")]
    public void An_array_is_read_whatever_whitespace_surrounds_it(string requests) =>
        Assert.Equal("db", Assert.Single(Read(requests).Requests).Resource);

    [Fact]
    public void Python_only_json_inside_the_array_is_read_as_python_reads_it()
    {
        var request = Assert.Single(Read("[{\"resource\": \"db\", \"salt\": \"s\", \"ratio\": NaN, \"top\": Infinity}]").Requests);
        Assert.True(double.IsNaN(request.UnknownKeys["ratio"].AsFloat()));
        Assert.True(double.IsPositiveInfinity(request.UnknownKeys["top"].AsFloat()));
    }

    [Fact]
    public void The_nan_stand_in_written_in_the_input_stays_a_number()
    {
        var request = Assert.Single(Read("[{\"resource\": \"db\", \"salt\": \"s\", \"n\": " + ReaderJson.NaNLiteral + "}]").Requests);
        Assert.False(double.IsNaN(request.UnknownKeys["n"].AsFloat()));
    }

    [Fact]
    public void A_lone_surrogate_escape_is_kept() =>
        Assert.Equal("db\ud800", Assert.Single(Read("[{\"resource\": \"db\\ud800\", \"salt\": \"s\"}]").Requests).Resource);

    [Theory]
    [InlineData("[{\"resource\": \"db\", \"salt\": \"s\"}] trailing")]
    [InlineData("[{\"resource\": \"db\", \"salt\": \"s\"}] []")]
    [InlineData("[{\"resource\": \"db\", \"salt\": \"s\"}")]
    [InlineData("[{\"resource\": \"db\" \"salt\": \"s\"}]")]
    [InlineData("{\"resource\": \"db\"}")]
    [InlineData("requests")]
    public void Anything_but_one_json_array_is_a_list_type_error(string requests) =>
        Assert.Equal("list_type", ErrorKind(requests));

    [Fact]
    public void An_invalid_request_in_a_well_formed_array_names_its_index()
    {
        var error = Assert.Throws<RelationModelValidationException>(() => Read("[{\"resource\": \"a\", \"salt\": \"s\"}, {\"resource\": 5, \"salt\": \"s\"}]"));
        Assert.Equal(new[] { "requests", "1", "resource" }, error.Issues[0].Location);
    }
}
