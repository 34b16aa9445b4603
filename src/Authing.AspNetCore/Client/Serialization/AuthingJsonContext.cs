using System.Text.Json.Serialization;

namespace Authing.AspNetCore.Client;

/// <summary>Source-generated JSON metadata for every type the client reads.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(AuthingUser))]
[JsonSerializable(typeof(AuthingMfa))]
[JsonSerializable(typeof(AuthingUserPage))]
[JsonSerializable(typeof(AuthingStatus))]
[JsonSerializable(typeof(LoginStatus))]
[JsonSerializable(typeof(DecodedJwtToken))]
[JsonSerializable(typeof(RefreshedToken))]
[JsonSerializable(typeof(IReadOnlyList<OAuthProvider>))]
[JsonSerializable(typeof(IReadOnlyList<OAuthBindingState>))]
[JsonSerializable(typeof(OAuthBinding))]
[JsonSerializable(typeof(InvitationState))]
[JsonSerializable(typeof(InvitationEntry))]
[JsonSerializable(typeof(IReadOnlyList<InvitationEntry>))]
[JsonSerializable(typeof(SmsCodeResult))]
[JsonSerializable(typeof(SdkInitResult))]
[JsonSerializable(typeof(IReadOnlyList<RemovedUser>))]
[JsonSerializable(typeof(JwtExpiry))]
[JsonSerializable(typeof(OidcTokenSet))]
[JsonSerializable(typeof(OidcSignInResult))]
[JsonSerializable(typeof(AuthorizedApps))]
[JsonSerializable(typeof(RevokedAuthorizedApp))]
[JsonSerializable(typeof(bool))]
internal sealed partial class AuthingJsonContext : JsonSerializerContext;
