using System.Text.Json.Serialization;

namespace Authing.AspNetCore.Authentication;

/// <summary>The JSON shape of <see cref="AuthingCacheEntry"/> in the distributed cache.</summary>
[JsonSerializable(typeof(AuthingCacheEntry))]
internal sealed partial class AuthingCacheJsonContext : JsonSerializerContext;
