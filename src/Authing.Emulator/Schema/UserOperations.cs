using System.Security.Cryptography;
using System.Text;
using Authing.Emulator.Errors;
using Authing.Emulator.Formats;
using Authing.Emulator.GraphQL.Types;
using Authing.Emulator.Pools;
using Authing.Emulator.Tokens;
using Authing.Emulator.Users;
using static Authing.Emulator.Schema.Args;

namespace Authing.Emulator.Schema;

/// <summary>The users gateway's user operations: SDK init, register, login, token checks, user records.</summary>
internal sealed class UserOperations(UserService users, UserPoolDirectory pools, TokenService tokens, Access access, UserTypes userTypes, ResultTypes results)
{
    public void AddQueries(ObjectType query)
    {
        query.AddField(Operation("getClientWhenSdkInit", results.ClientInit, InitAsync, [.. Strings("secret", "clientId", "timestamp", "signature"), Arg("retUserId", Bool), Arg("nonce", Int)]));
        query.AddField(Operation("userExist", Bool, ExistsAsync, [Arg("userPoolId", Str.NonNull()), .. Strings("phone", "username", "email")]));
        query.AddField(Operation("user", userTypes.ExtendUser, UserAsync, [Arg("id", Str.NonNull()), Arg("registerInClient", Str)]));
        query.AddField(Operation("userPatch", userTypes.PagedUsers, UserPatchAsync, Arg("ids", Str)));
        query.AddField(Operation("users", userTypes.PagedUsers, UsersAsync, Arg("registerInClient", Str), Arg("page", Int), Arg("count", Int)));
        query.AddField(Operation("checkLoginStatus", results.LoginStatus, CheckLoginStatusAsync, Arg("token", Str)));
        query.AddField(Operation("decodeJwtToken", results.DecodedToken, DecodeAsync, Arg("token", Str)));
    }

    public void AddMutations(ObjectType mutation)
    {
        mutation.AddField(Operation(
            "login",
            userTypes.ExtendUser,
            LoginAsync,
            [
                .. Strings("unionid", "openid", "email", "username", "phone", "password", "lastIP", "verifyCode", "browser", "device", "MFACode"),
                Arg("phoneCode", Int),
                Arg("registerInClient", Str.NonNull()),
            ]));
        mutation.AddField(Operation("register", userTypes.ExtendUser, RegisterAsync, Arg("userInfo", InputTypes.UserRegisterInput.NonNull()), Arg("keepPassword", Bool), Arg("invitationCode", Str)));
        mutation.AddField(Operation("updateUser", userTypes.ExtendUser, UpdateAsync, Arg("options", InputTypes.UserUpdateInput.NonNull())));
        mutation.AddField(Operation("removeUsers", results.RemovedUser.List(), RemoveAsync, Arg("ids", Str.List()), Arg("registerInClient", Str), Arg("operator", Str)));
        mutation.AddField(Operation("refreshToken", results.RefreshedToken, RefreshTokenAsync, Arg("client", Str.NonNull()), Arg("user", Str.NonNull())));
    }

    private Task<object?> InitAsync(ResolveContext context)
    {
        var pool = pools.Get(context.Text("clientId"));
        var secret = InputRules.Required(context.Text("secret"), "secret");
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(pool.Secret)))
        {
            throw new AuthingException(AuthingErrors.WrongUserPoolSecret);
        }

        return Task.FromResult<object?>(new OwnerSession(tokens.CreateOwnerToken(pool), pool));
    }

    private async Task<object?> ExistsAsync(ResolveContext context)
        => await users.ExistsAsync(
            InputRules.ObjectIdArgument(context.Text("userPoolId"), "userPoolId"),
            InputRules.Optional(context.Text("email")),
            InputRules.Optional(context.Text("phone")),
            InputRules.Optional(context.Text("username")),
            context.CancellationToken).ConfigureAwait(false);

    private async Task<object?> UserAsync(ResolveContext context)
    {
        var (pool, id) = await access.UserOrOwnerAsync(context, context.Text("id"), context.Text("registerInClient")).ConfigureAwait(false);
        return await users.GetAsync(pool, id, context.CancellationToken).ConfigureAwait(false);
    }

    private async Task<object?> UserPatchAsync(ResolveContext context)
    {
        var pool = await access.OwnerAsync(context).ConfigureAwait(false);
        var ids = (context.Text("ids") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries);
        var found = await users.GetManyAsync(pool, ids, context.CancellationToken).ConfigureAwait(false);
        return new PagedUsers(found.Count, found);
    }

    private async Task<object?> UsersAsync(ResolveContext context)
    {
        var pool = await access.OwnerAsync(context, context.Text("registerInClient")).ConfigureAwait(false);
        var (page, total) = await users.ListAsync(pool, context.Arguments.Number("page") ?? 1, context.Arguments.Number("count") ?? 10, context.CancellationToken).ConfigureAwait(false);
        return new PagedUsers(total, page);
    }

    private async Task<object?> CheckLoginStatusAsync(ResolveContext context)
        => await tokens.CheckUserTokenAsync(InputRules.Optional(context.Text("token")) ?? Access.Request(context).BearerToken, context.CancellationToken).ConfigureAwait(false);

    private async Task<object?> DecodeAsync(ResolveContext context)
        => await tokens.CheckUserTokenAsync(InputRules.Optional(context.Text("token")), context.CancellationToken).ConfigureAwait(false);

    private async Task<object?> LoginAsync(ResolveContext context)
    {
        var request = new LoginRequest
        {
            PoolId = InputRules.Required(context.Text("registerInClient"), "registerInClient"),
            Email = context.Text("email"),
            Username = context.Text("username"),
            Phone = context.Text("phone"),
            Unionid = context.Text("unionid") ?? context.Text("openid"),
            Password = context.Text("password"),
            PhoneCode = context.Text("phoneCode"),
            MfaCode = context.Text("MFACode"),
            LastIP = context.Text("lastIP"),
            Browser = context.Text("browser"),
            Device = context.Text("device"),
        };
        return await users.LoginAsync(request, Access.Request(context).RemoteIp, context.CancellationToken).ConfigureAwait(false);
    }

    private async Task<object?> RegisterAsync(ResolveContext context)
    {
        var input = context.Input("userInfo");
        var request = new RegisterRequest
        {
            PoolId = InputRules.Required(input.Text("registerInClient"), "registerInClient"),
            Email = input.Text("email"),
            Password = input.Text("password"),
            Phone = input.Text("phone"),
            PhoneCode = input.Text("phoneCode"),
            Username = input.Text("username"),
            Unionid = input.Text("unionid"),
            Nickname = input.Text("nickname"),
            Company = input.Text("company"),
            Photo = input.Text("photo"),
            Oauth = input.Text("oauth"),
            RegisterMethod = input.Text("registerMethod"),
            Browser = input.Text("browser"),
            Device = input.Text("device"),
            LastIP = input.Text("lastIP"),
            ForceLogin = input.Flag("forceLogin") ?? false,
        };
        return await users.RegisterAsync(request, Access.Request(context).RemoteIp, context.CancellationToken).ConfigureAwait(false);
    }

    private async Task<object?> UpdateAsync(ResolveContext context)
    {
        var input = context.Input("options");
        var (pool, id) = await access.UserOrOwnerAsync(context, input.Text("_id"), input.Text("registerInClient")).ConfigureAwait(false);
        var update = new UserUpdate
        {
            Id = id,
            Email = input.Text("email"),
            EmailVerified = input.Flag("emailVerified"),
            Phone = input.Text("phone"),
            Username = input.Text("username"),
            Nickname = input.Text("nickname"),
            Company = input.Text("company"),
            Photo = input.Text("photo"),
            Browser = input.Text("browser"),
            Device = input.Text("device"),
            Oauth = input.Text("oauth"),
            Password = input.Text("password"),
            OldPassword = input.Text("oldPassword"),
            TokenExpiredAt = input.Text("tokenExpiredAt"),
            LoginsCount = input.Number("loginsCount"),
            LastLogin = input.Text("lastLogin"),
            LastIP = input.Text("lastIP"),
            SignedUp = input.Text("signedUp"),
            Blocked = input.Flag("blocked"),
            IsDeleted = input.Flag("isDeleted"),
        };
        return await users.UpdateAsync(pool, update, context.CancellationToken).ConfigureAwait(false);
    }

    private async Task<object?> RemoveAsync(ResolveContext context)
    {
        var pool = await access.OwnerAsync(context, context.Text("registerInClient")).ConfigureAwait(false);
        return await users.RemoveAsync(pool, context.TextList("ids"), context.CancellationToken).ConfigureAwait(false);
    }

    private async Task<object?> RefreshTokenAsync(ResolveContext context)
    {
        var pool = await access.OwnerAsync(context, context.Text("client")).ConfigureAwait(false);
        return await users.RefreshTokenAsync(pool, context.Text("user"), context.CancellationToken).ConfigureAwait(false);
    }
}
