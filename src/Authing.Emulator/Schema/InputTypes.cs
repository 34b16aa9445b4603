using Authing.Emulator.GraphQL.Types;
using static Authing.Emulator.Schema.Args;

namespace Authing.Emulator.Schema;

/// <summary>The input objects of <c>register(userInfo:)</c> and <c>updateUser(options:)</c>.</summary>
internal static class InputTypes
{
    public static InputObjectType UserRegisterInput { get; } = new(
        "UserRegisterInput",
        [
            .. Strings(
                "unionid", "email", "password", "lastIP", "oauth", "registerMethod", "photo", "phone", "phoneCode", "username",
                "nickname", "company", "device", "browser", "signedUp", "lastLogin", "invitationCode"),
            Arg("registerInClient", Str.NonNull()),
            Arg("forceLogin", Bool),
            Arg("keepPassword", Bool),
            Arg("isDeleted", Bool),
        ]);

    public static InputObjectType UserUpdateInput { get; } = new(
        "UserUpdateInput",
        [
            Arg("_id", Str.NonNull()),
            .. Strings(
                "email", "username", "nickname", "company", "photo", "browser", "device", "phone", "oauth", "password", "oldPassword",
                "registerInClient", "token", "tokenExpiredAt", "lastLogin", "lastIP", "signedUp"),
            Arg("emailVerified", Bool),
            Arg("loginsCount", Int),
            Arg("blocked", Bool),
            Arg("isDeleted", Bool),
        ]);
}
