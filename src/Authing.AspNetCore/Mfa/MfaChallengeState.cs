using System.Text.Json.Serialization;

namespace Authing.AspNetCore.Mfa;

/// <summary>What the server keeps of an open login challenge: the login's credentials (password protected) and the wrong codes so far.</summary>
internal sealed record MfaChallengeState(string? Email, string? Username, string? Phone, string ProtectedPassword, int Failures);

/// <summary>Source-generated JSON of the challenge state.</summary>
[JsonSerializable(typeof(MfaChallengeState))]
internal sealed partial class MfaJsonContext : JsonSerializerContext;
