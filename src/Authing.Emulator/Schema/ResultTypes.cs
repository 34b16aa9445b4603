using Authing.Emulator.Formats;
using Authing.Emulator.GraphQL.Types;
using Authing.Emulator.Invitations;
using Authing.Emulator.Pools;
using Authing.Emulator.Social;
using Authing.Emulator.Tokens;
using Authing.Emulator.Verification;
using static Authing.Emulator.Schema.Args;

namespace Authing.Emulator.Schema;

/// <summary>The result types of the operations other than users.</summary>
internal sealed class ResultTypes
{
    public ResultTypes(UserTypes users, TimeSpan ownerTokenLifetime)
    {
        CommonMessage = new ObjectType("CommonMessage")
            .Field<CommonMessage>("message", Str, message => message.Message)
            .Field<CommonMessage>("code", Int, message => message.Code)
            .Field<CommonMessage>("status", Bool, message => message.Status);
        var tokenData = new ObjectType("JWTTokenData")
            .Field<TokenClaims>("email", Str, claims => claims.Email)
            .Field<TokenClaims>("id", Str, claims => claims.Id)
            .Field<TokenClaims>("clientId", Str, claims => claims.ClientId)
            .Field<TokenClaims>("unionid", Str, claims => claims.Unionid)
            .Field<TokenClaims>("phone", Str, claims => claims.Phone);
        var tokenStatus = new ObjectType("JWTTokenStatusDetail")
            .Field<TokenCheck>("message", Str, check => check.Message)
            .Field<TokenCheck>("code", Int, check => check.Code)
            .Field<TokenCheck>("status", Bool, check => check.Status);
        var checkedToken = new ObjectType("CheckedLoginToken")
            .Field<TokenCheck>("data", tokenData, check => check.Claims)
            .Field<TokenCheck>("iat", Int, check => check.Iat)
            .Field<TokenCheck>("exp", Int, check => check.Exp);
        LoginStatus = new ObjectType("JWTTokenStatus")
            .Field<TokenCheck>("status", Bool, check => check.Status)
            .Field<TokenCheck>("code", Int, check => check.Code)
            .Field<TokenCheck>("message", Str, check => check.Message)
            .Field<TokenCheck>("token", checkedToken, check => check.Status ? check : null);
        DecodedToken = new ObjectType("JWTDecodedData")
            .Field<TokenCheck>("data", tokenData, check => check.Claims)
            .Field<TokenCheck>("status", tokenStatus, check => check)
            .Field<TokenCheck>("iat", Int, check => check.Iat)
            .Field<TokenCheck>("exp", Int, check => check.Exp);
        RefreshedToken = new ObjectType("RefreshToken")
            .Field<IssuedToken>("token", Str, token => token.Token)
            .Field<IssuedToken>("iat", Int, token => token.Iat)
            .Field<IssuedToken>("exp", Int, token => token.Exp)
            .Field<IssuedToken>(
                "thirdPartyIdentity",
                NullObject("RefreshThirdPartyIdentity", ["message", "provider", "refreshToken", "accessToken", "updatedAt"], ("refreshSuccess", Bool)),
                _ => null);
        RemovedUser = new ObjectType("RemovedUser").Field<string>("_id", Str, id => id);
        var clientInfo = new ObjectType("UserClient")
            .Field<UserPool>("_id", Str, pool => pool.Id)
            .Field<UserPool>("name", Str, pool => pool.Name)
            .Field<UserPool>("descriptions", Str, _ => "Authing 模拟器用户池")
            .Field<UserPool>("jwtExpired", Int, _ => (int)ownerTokenLifetime.TotalSeconds)
            .Field<UserPool>("createdAt", Str, pool => JsDate.Format(pool.CreatedAt))
            .Field<UserPool>("isDeleted", Bool, _ => false)
            .Field<UserPool>("logo", Str, _ => "https://usercontents.authing.cn/client/logo@2.png")
            .Field<UserPool>("emailVerifiedDefault", Bool, _ => false)
            .Field<UserPool>("registerDisabled", Bool, _ => false)
            .Field<UserPool>("allowedOrigins", Str, _ => string.Empty)
            .Field<UserPool>("clientType", users.ClientType, pool => pool);
        ClientInit = new ObjectType("ClientWithToken")
            .Field<OwnerSession>("accessToken", Str, session => session.Token.Token)
            .Field<OwnerSession>("clientInfo", clientInfo, session => session.Pool);
        OAuthProvider = new ObjectType("OAuthList")
            .Field<ProviderOfPool>("_id", Str, item => item.Id)
            .Field<ProviderOfPool>("name", Str, item => item.Provider.Name)
            .Field<ProviderOfPool>("image", Str, item => item.Provider.Image)
            .Field<ProviderOfPool>("description", Str, item => item.Provider.Description)
            .Field<ProviderOfPool>("enabled", Bool, _ => false)
            .Field<ProviderOfPool>("client", Str, item => item.PoolId)
            .Field<ProviderOfPool>("user", Str, _ => null)
            .Field<ProviderOfPool>("url", Str, _ => null)
            .Field<ProviderOfPool>("alias", Str, item => item.Provider.Type);
        NotBoundOAuth = new ObjectType("NotBindOAuth")
            .Field<ProviderOfUser>("type", Str, item => item.Provider.Type)
            .Field<ProviderOfUser>("oAuthUrl", Str, _ => null)
            .Field<ProviderOfUser>("image", Str, item => item.Provider.Image)
            .Field<ProviderOfUser>("name", Str, item => item.Provider.Name)
            .Field<ProviderOfUser>("binded", Bool, item => item.Bound);
        OAuthBinding = new ObjectType("UserOAuthBind")
            .Field<OAuthBinding>("_id", Str, binding => binding.Id)
            .Field<OAuthBinding>("user", Str, binding => binding.UserId)
            .Field<OAuthBinding>("client", Str, binding => binding.Client)
            .Field<OAuthBinding>("type", Str, binding => binding.Type)
            .Field<OAuthBinding>("unionid", Str, binding => binding.Unionid)
            .Field<OAuthBinding>("userInfo", Str, binding => binding.UserInfo)
            .Field<OAuthBinding>("createdAt", Str, binding => JsDate.Format(binding.CreatedAt));
        InvitationState = new ObjectType("InvitationState")
            .Field<InvitationState>("client", Str, state => state.Client)
            .Field<InvitationState>("enableQrCode", Bool, state => state.EnableQrCode)
            .Field<InvitationState>("createdAt", Str, state => JsDate.Format(state.CreatedAt))
            .Field<InvitationState>("updatedAt", Str, state => JsDate.Format(state.UpdatedAt));
        InvitedPhone = new ObjectType("Invitation")
            .Field<InvitedPhone>("client", Str, phone => phone.Client)
            .Field<InvitedPhone>("qrCodePhone", Str, phone => phone.QrCodePhone);
    }

    public ObjectType CommonMessage { get; }

    public ObjectType LoginStatus { get; }

    public ObjectType DecodedToken { get; }

    public ObjectType RefreshedToken { get; }

    public ObjectType RemovedUser { get; }

    public ObjectType ClientInit { get; }

    public ObjectType OAuthProvider { get; }

    public ObjectType NotBoundOAuth { get; }

    public ObjectType OAuthBinding { get; }

    public ObjectType InvitationState { get; }

    public ObjectType InvitedPhone { get; }
}

/// <summary>An OwnerToken with the pool it was issued for.</summary>
internal sealed record OwnerSession(IssuedToken Token, UserPool Pool);

/// <summary>A social provider as listed for a pool.</summary>
internal sealed record ProviderOfPool(string Id, string PoolId, SocialProvider Provider);

/// <summary>A social provider as listed for a user, with whether the user bound it.</summary>
internal sealed record ProviderOfUser(SocialProvider Provider, bool Bound);
