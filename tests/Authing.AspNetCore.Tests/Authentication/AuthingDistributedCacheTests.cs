using System.Net;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Authing.AspNetCore.Tests.Authentication;

public sealed class AuthingDistributedCacheTests : AuthingHandlerTestBase
{
    [Fact]
    public async Task Second_instance_reuses_the_validation_of_the_first_through_the_distributed_cache()
    {
        AcceptAlice();
        var shared = new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions()));
        await using AuthingTestApp first = await StartAsync(arrange: builder => builder.Services.AddSingleton<IDistributedCache>(shared));
        await using AuthingTestApp second = await StartAsync(arrange: builder => builder.Services.AddSingleton<IDistributedCache>(shared));

        await first.GetUserAsync(AliceToken);
        EchoedUser user = await second.GetUserAsync(AliceToken);

        Assert.Equal(1, Authing.Calls);
        Assert.Equal(AliceId, user.Value("sub"));
    }

    [Fact]
    public async Task Instances_with_their_own_memory_only_each_ask_authing()
    {
        AcceptAlice();
        await using AuthingTestApp first = await StartAsync();
        await using AuthingTestApp second = await StartAsync();

        await first.GetUserAsync(AliceToken);
        await second.GetUserAsync(AliceToken);

        Assert.Equal(2, Authing.Calls);
    }

    [Fact]
    public async Task Broken_distributed_cache_falls_back_to_asking_authing()
    {
        AcceptAlice();
        await using AuthingTestApp app = await StartAsync(arrange: builder => builder.Services.AddSingleton<IDistributedCache, BrokenDistributedCache>());

        using HttpResponseMessage response = await app.GetWithTokenAsync("/me", AliceToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, Authing.Calls);
    }

    private sealed class BrokenDistributedCache : IDistributedCache
    {
        public byte[]? Get(string key) => throw Unreachable();

        public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => Task.FromException<byte[]?>(Unreachable());

        public void Refresh(string key) => throw Unreachable();

        public Task RefreshAsync(string key, CancellationToken token = default) => Task.FromException(Unreachable());

        public void Remove(string key) => throw Unreachable();

        public Task RemoveAsync(string key, CancellationToken token = default) => Task.FromException(Unreachable());

        public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => throw Unreachable();

        public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) => Task.FromException(Unreachable());

        private static InvalidOperationException Unreachable() => new("The cache server is unreachable.");
    }
}
