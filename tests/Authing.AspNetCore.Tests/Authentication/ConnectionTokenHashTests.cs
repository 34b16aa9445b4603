using Authing.AspNetCore.Authentication;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Http;

namespace Authing.AspNetCore.Tests.Authentication;

public sealed class ConnectionTokenHashTests
{
    private readonly ConnectionItems connection = new();

    [Fact]
    public void Same_token_on_one_http11_connection_is_hashed_once()
    {
        string token = "a.b." + Guid.NewGuid().ToString("N");

        string first = ConnectionTokenHash.Of(Request("HTTP/1.1"), token);
        string second = ConnectionTokenHash.Of(Request("HTTP/1.1"), new string(token.AsSpan()));

        Assert.Equal(AuthingCacheKey.Hash(token), first);
        Assert.Same(first, second);
    }

    [Fact]
    public void Another_token_on_the_connection_gets_its_own_hash_and_replaces_the_memo()
    {
        string alice = "a.b.alice";
        string bob = "a.b.bob";

        string aliceHash = ConnectionTokenHash.Of(Request("HTTP/1.1"), alice);
        string bobHash = ConnectionTokenHash.Of(Request("HTTP/1.1"), bob);
        string aliceAgain = ConnectionTokenHash.Of(Request("HTTP/1.1"), alice);

        Assert.Equal(AuthingCacheKey.Hash(bob), bobHash);
        Assert.Equal(aliceHash, aliceAgain);
        Assert.NotSame(aliceHash, aliceAgain);
    }

    [Fact]
    public void Token_that_only_starts_like_the_remembered_one_is_not_taken_for_it()
    {
        ConnectionTokenHash.Of(Request("HTTP/1.1"), "a.b.c");

        Assert.Equal(AuthingCacheKey.Hash("a.b.cd"), ConnectionTokenHash.Of(Request("HTTP/1.1"), "a.b.cd"));
        Assert.Equal(AuthingCacheKey.Hash("a.b."), ConnectionTokenHash.Of(Request("HTTP/1.1"), "a.b."));
    }

    [Theory]
    [InlineData("HTTP/2")]
    [InlineData("HTTP/3")]
    public void Multiplexed_connections_keep_no_memo(string protocol)
    {
        string first = ConnectionTokenHash.Of(Request(protocol), "a.b.c");
        string second = ConnectionTokenHash.Of(Request(protocol), "a.b.c");

        Assert.Equal(first, second);
        Assert.NotSame(first, second);
        Assert.Empty(connection.Items);
    }

    [Fact]
    public void Server_without_connection_items_still_gets_the_hash()
    {
        var context = new DefaultHttpContext();
        context.Request.Protocol = "HTTP/1.1";

        Assert.Equal(AuthingCacheKey.Hash("a.b.c"), ConnectionTokenHash.Of(context, "a.b.c"));
    }

    /// <summary>A new request on the test's one connection.</summary>
    private DefaultHttpContext Request(string protocol)
    {
        var context = new DefaultHttpContext();
        context.Request.Protocol = protocol;
        context.Features.Set<IConnectionItemsFeature>(connection);
        return context;
    }

    private sealed class ConnectionItems : IConnectionItemsFeature
    {
        public IDictionary<object, object?> Items { get; set; } = new Dictionary<object, object?>();
    }
}
