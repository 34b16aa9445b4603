using Authing.Emulator.Formats;
using Authing.Emulator.GraphQL.Types;
using Authing.Emulator.Users;
using static Authing.Emulator.Schema.Args;

namespace Authing.Emulator.Schema;

/// <summary>Authing's <c>ExtendUser</c> and the types hanging off it.</summary>
internal sealed class UserTypes
{
    private static readonly DateTimeOffset DefaultGroupCreatedAt = new(2017, 10, 15, 14, 44, 3, TimeSpan.Zero);

    public UserTypes(UserService users)
    {
        var loginHistory = new ObjectType("LoginHistory")
            .Field<LoginHistoryEntry>("_id", Str, entry => entry.Id)
            .Field<LoginHistoryEntry>("when", Str, entry => JsDate.Format(entry.When))
            .Field<LoginHistoryEntry>("success", Bool, entry => entry.Success)
            .Field<LoginHistoryEntry>("ip", Str, entry => entry.Ip)
            .Field<LoginHistoryEntry>("result", Str, entry => entry.Result);
        var userLoginHistory = new ObjectType("UserLoginHistory")
            .Field<IReadOnlyList<LoginHistoryEntry>>("totalCount", Int, list => list.Count)
            .Field<IReadOnlyList<LoginHistoryEntry>>("list", loginHistory.List(), list => list);
        var group = new ObjectType("Group")
            .Field<EmulatorUser>("_id", Str, user => user.PoolId)
            .Field<EmulatorUser>("name", Str, _ => "default")
            .Field<EmulatorUser>("descriptions", Str, _ => "default")
            .Field<EmulatorUser>("createdAt", Str, _ => JsDate.Format(DefaultGroupCreatedAt));
        ClientType = new ObjectType("ClientType")
            .Field<object>("_id", Str, _ => "5b1f6d0a5b1c7b4d2d3d9a01")
            .Field<object>("name", Str, _ => "用户池")
            .Field<object>("description", Str, _ => "Authing 模拟器的用户池")
            .Field<object>("image", Str, _ => "https://usercontents.authing.cn/client/logo@2.png")
            .Field<object>("example", Str, _ => null);
        var userLocation = NullObject("UserLocation", ["_id", "when", "where"]);
        var systemApplicationType = NullObject("SystemApplicationType", ["_id", "name", "descriptions"], ("price", Int));
        var thirdPartyIdentity = NullObject("ThirdPartyIdentity", ["provider", "refreshToken", "accessToken", "updatedAt"], ("expiresIn", Int));

        ExtendUser = new ObjectType("ExtendUser")
            .Field<EmulatorUser>("_id", Str, user => user.Id)
            .Field<EmulatorUser>("unionid", Str, user => user.Unionid)
            .Field<EmulatorUser>("email", Str, user => user.Email)
            .Field<EmulatorUser>("emailVerified", Bool, user => user.EmailVerified)
            .Field<EmulatorUser>("phone", Str, user => user.Phone)
            .Field<EmulatorUser>("phoneVerified", Bool, user => user.PhoneVerified)
            .Field<EmulatorUser>("username", Str, user => user.Username)
            .Field<EmulatorUser>("nickname", Str, user => user.Nickname)
            .Field<EmulatorUser>("company", Str, user => user.Company)
            .Field<EmulatorUser>("photo", Str, user => user.Photo)
            .Field<EmulatorUser>("browser", Str, user => user.Browser)
            .Field<EmulatorUser>("device", Str, user => user.Device)
            .Field<EmulatorUser>("password", Str, _ => null, "Never returned: the emulator keeps only a hash.")
            .Field<EmulatorUser>("registerInClient", Str, user => user.PoolId)
            .Field<EmulatorUser>("registerMethod", Str, user => user.RegisterMethod)
            .Field<EmulatorUser>("oauth", Str, user => user.Oauth)
            .Field<EmulatorUser>("token", Str, user => user.Token)
            .Field<EmulatorUser>("tokenExpiredAt", Str, user => JsDate.Format(user.TokenExpiredAt))
            .Field<EmulatorUser>("loginsCount", Int, user => user.LoginsCount)
            .Field<EmulatorUser>("lastLogin", Str, user => JsDate.Format(user.LastLogin))
            .Field<EmulatorUser>("lastIP", Str, user => user.LastIP)
            .Field<EmulatorUser>("signedUp", Str, user => JsDate.Format(user.SignedUp))
            .Field<EmulatorUser>("blocked", Bool, user => user.Blocked)
            .Field<EmulatorUser>("isDeleted", Bool, user => user.IsDeleted)
            .Field<EmulatorUser>("group", group, user => user)
            .Field<EmulatorUser>("clientType", ClientType, user => user)
            .Field<EmulatorUser>("userLocation", userLocation.List(), _ => Array.Empty<object>())
            .AddField(new FieldDefinition(
                "userLoginHistory",
                userLoginHistory,
                async context => context.Source is EmulatorUser user
                    ? await users.HistoryAsync(user.Id, context.CancellationToken).ConfigureAwait(false)
                    : null))
            .Field<EmulatorUser>("systemApplicationType", systemApplicationType, _ => null)
            .Field<EmulatorUser>("thirdPartyIdentity", thirdPartyIdentity, _ => null);

        PagedUsers = new ObjectType("PagedUsers")
            .Field<PagedUsers>("totalCount", Int, page => page.TotalCount)
            .Field<PagedUsers>("list", ExtendUser.List(), page => page.List);
    }

    /// <summary>The user type every user-returning operation answers.</summary>
    public ObjectType ExtendUser { get; }

    /// <summary><c>{totalCount, list}</c> of users.</summary>
    public ObjectType PagedUsers { get; }

    /// <summary>The pool's application type.</summary>
    public ObjectType ClientType { get; }
}

/// <summary>A page of users with the total.</summary>
internal sealed record PagedUsers(long TotalCount, IReadOnlyList<EmulatorUser> List);
