using DataPlatform.Contracts.Generator.Shared;
using DataPlatform.Contracts.Models;

namespace DataPlatform.Contracts.Analyzers.Tests;

/// <summary>Rules the analyzers apply to constants must be the runtime's rules.</summary>
public class RuleParityTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("*")]
    [InlineData("a*")]
    [InlineData("ab*")]
    [InlineData("abc*")]
    [InlineData("abcd")]
    [InlineData("**")]
    [InlineData("a")]
    [InlineData("ab")]
    [InlineData("app-*")]
    public void ConsumerGroupPrefix_MatchesRuntime(string? value) =>
        Assert.Equal(KafkaRules.IsAcceptablePrefix(value), RequestRules.IsAcceptableConsumerGroupPrefix(value));
}
