using System.Security.Cryptography;
using System.Text;
using Authing.AspNetCore.Authentication;

namespace Authing.AspNetCore.Tests.Authentication;

public sealed class AuthingCacheKeyTests
{
    [Theory]
    [InlineData(16)]
    [InlineData(1024)]
    [InlineData(5000)]
    public void Hash_is_the_lowercase_hex_sha256_of_the_tokens_utf8_bytes_whatever_its_length(int length)
    {
        string token = string.Concat(Enumerable.Repeat("令牌a", length / 3 + 1))[..length];

        string hash = AuthingCacheKey.Hash(token);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token))), hash);
    }

    [Fact]
    public void Distributed_key_is_prefix_scheme_and_the_hash_of_the_token()
    {
        string key = AuthingCacheKey.Create("p:", "PoolB", "a.b.c");

        Assert.Equal("p:PoolB:" + AuthingCacheKey.Hash("a.b.c"), key);
    }
}
