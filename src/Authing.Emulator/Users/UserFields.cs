using Authing.Emulator.Formats;

namespace Authing.Emulator.Users;

/// <summary>Copies the plain profile fields of an update onto a user; null means unchanged.</summary>
internal static class UserFields
{
    public static void Apply(EmulatorUser user, UserUpdate update)
    {
        user.EmailVerified = update.EmailVerified ?? user.EmailVerified;
        user.Phone = update.Phone is null ? user.Phone : InputRules.Optional(update.Phone);
        user.Username = update.Username ?? user.Username;
        user.Nickname = update.Nickname ?? user.Nickname;
        user.Company = update.Company ?? user.Company;
        user.Photo = update.Photo ?? user.Photo;
        user.Browser = update.Browser ?? user.Browser;
        user.Device = update.Device ?? user.Device;
        user.Oauth = update.Oauth ?? user.Oauth;
        user.LoginsCount = update.LoginsCount ?? user.LoginsCount;
        user.LastIP = update.LastIP ?? user.LastIP;
        user.Blocked = update.Blocked ?? user.Blocked;
        user.IsDeleted = update.IsDeleted ?? user.IsDeleted;
        if (JsDate.TryParse(update.LastLogin, out var lastLogin))
        {
            user.LastLogin = lastLogin;
        }

        if (JsDate.TryParse(update.SignedUp, out var signedUp))
        {
            user.SignedUp = signedUp;
        }
    }
}
