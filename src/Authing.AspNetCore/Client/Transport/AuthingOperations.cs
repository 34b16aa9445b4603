namespace Authing.AspNetCore.Client;

/// <summary>The operations of the Authing GraphQL API the client uses, with their gateway and credential.</summary>
internal static class AuthingOperations
{
    public static readonly GraphQLOperation GetClientWhenSdkInit = Query("GetClientWhenSdkInit", "getClientWhenSdkInit", "getClientWhenSdkInit", AuthingCredential.None);
    public static readonly GraphQLOperation Login = Mutation("Login", "login", "login", AuthingCredential.None);
    public static readonly GraphQLOperation LoginByPhoneCode = Mutation("LoginByPhoneCode", "login", "login", AuthingCredential.None);
    public static readonly GraphQLOperation Register = Mutation("Register", "register", "register", AuthingCredential.None);
    public static readonly GraphQLOperation UserExist = Query("UserExist", "userExist", "userExist", AuthingCredential.None);
    public static readonly GraphQLOperation User = Query("User", "user", "user", AuthingCredential.Owner);
    public static readonly GraphQLOperation UserPatch = Query("UserPatch", "userPatch", "userPatch", AuthingCredential.Owner);
    public static readonly GraphQLOperation Users = Query("Users", "users", "users", AuthingCredential.Owner);
    public static readonly GraphQLOperation UpdateUser = Mutation("UpdateUser", "UpdateUser", "updateUser", AuthingCredential.Owner);
    public static readonly GraphQLOperation RemoveUsers = Mutation("RemoveUsers", "removeUsers", "removeUsers", AuthingCredential.Owner);
    public static readonly GraphQLOperation RefreshToken = Mutation("RefreshToken", "RefreshToken", "refreshToken", AuthingCredential.Owner);
    public static readonly GraphQLOperation CheckLoginStatus = Query("CheckLoginStatus", "checkLoginStatus", "checkLoginStatus", AuthingCredential.User);
    public static readonly GraphQLOperation DecodeJwtToken = Query("DecodeJwtToken", "decodeJwtToken", "decodeJwtToken", AuthingCredential.None);
    public static readonly GraphQLOperation SendResetPasswordEmail = Mutation("SendResetPasswordEmail", "sendResetPasswordEmail", "sendResetPasswordEmail", AuthingCredential.None);
    public static readonly GraphQLOperation VerifyResetPasswordVerifyCode = Mutation("VerifyResetPasswordVerifyCode", "verifyResetPasswordVerifyCode", "verifyResetPasswordVerifyCode", AuthingCredential.None);
    public static readonly GraphQLOperation ChangePassword = Mutation("ChangePassword", "changePassword", "changePassword", AuthingCredential.None);
    public static readonly GraphQLOperation SendVerifyEmail = Mutation("SendVerifyEmail", "sendVerifyEmail", "sendVerifyEmail", AuthingCredential.None);
    public static readonly GraphQLOperation UnbindEmail = Mutation("UnbindEmail", "unbindEmail", "unbindEmail", AuthingCredential.User);
    public static readonly GraphQLOperation SendChangeEmailVerifyCode = Mutation("SendChangeEmailVerifyCode", "sendChangeEmailVerifyCode", "sendChangeEmailVerifyCode", AuthingCredential.User);
    public static readonly GraphQLOperation UpdateEmail = Mutation("UpdateEmail", "updateEmail", "updateEmail", AuthingCredential.User);
    public static readonly GraphQLOperation UpdatePhone = Mutation("UpdatePhone", "updatePhone", "updatePhone", AuthingCredential.User);
    public static readonly GraphQLOperation BindOtherOAuth = Mutation("BindOtherOAuth", "bindOtherOAuth", "bindOtherOAuth", AuthingCredential.User);
    public static readonly GraphQLOperation UnbindOtherOAuth = Mutation("UnbindOtherOAuth", "unbindOtherOAuth", "unbindOtherOAuth", AuthingCredential.User);
    public static readonly GraphQLOperation ReadOAuthList = new("ReadOAuthList", "ReadOAuthList", "ReadOauthList", IsQuery: true, AuthingGateway.OAuth, AuthingCredential.None);
    public static readonly GraphQLOperation NotBindOAuthList = new("NotBindOAuthList", "notBindOAuthList", "notBindOAuthList", IsQuery: true, AuthingGateway.OAuth, AuthingCredential.Owner);
    public static readonly GraphQLOperation LoginByLdap = new("LoginByLDAP", "LoginByLDAP", "LoginByLDAP", IsQuery: false, AuthingGateway.OAuth, AuthingCredential.None);
    public static readonly GraphQLOperation LoginByAd = new("LoginByAd", "LoginByAd", "LoginByLDAP", IsQuery: false, AuthingGateway.OAuth, AuthingCredential.None);
    public static readonly GraphQLOperation SetInvitationState = Mutation("SetInvitationState", "setInvitationState", "setInvitationState", AuthingCredential.Owner);
    public static readonly GraphQLOperation QueryInvitationState = Query("QueryInvitationState", "queryInvitationState", "queryInvitationState", AuthingCredential.Owner);
    public static readonly GraphQLOperation AddToInvitation = Mutation("AddToInvitation", "addToInvitation", "addToInvitation", AuthingCredential.Owner);
    public static readonly GraphQLOperation RemoveFromInvitation = Mutation("RemoveFromInvitation", "removeFromInvitation", "removeFromInvitation", AuthingCredential.Owner);
    public static readonly GraphQLOperation QueryInvitation = Query("QueryInvitation", "queryInvitation", "queryInvitation", AuthingCredential.Owner);
    public static readonly GraphQLOperation QueryMfa = Query("QueryMfa", "queryMFA", "queryMFA", AuthingCredential.User);
    public static readonly GraphQLOperation QueryMfaAsOwner = Query("QueryMfa", "queryMFA", "queryMFA", AuthingCredential.Owner);
    public static readonly GraphQLOperation ChangeMfa = Mutation("ChangeMfa", "changeMFA", "changeMFA", AuthingCredential.User);
    public static readonly GraphQLOperation CheckPhoneCode = Query("CheckPhoneCode", "checkPhoneCode", "checkPhoneCode", AuthingCredential.Owner);
    public static readonly GraphQLOperation SignIn = Mutation("SignIn", "SignIn", "signIn", AuthingCredential.None);
    public static readonly GraphQLOperation RefreshSignInToken = Mutation("RefreshSignInToken", "RefreshSignInToken", "refreshSignInToken", AuthingCredential.None);
    public static readonly GraphQLOperation GetUserAuthorizedApps = Query("GetUserAuthorizedApps", "GetUserAuthorizedApps", "GetUserAuthorizedApps", AuthingCredential.Owner);
    public static readonly GraphQLOperation RevokeUserAuthorizedApp = Mutation("RevokeUserAuthorizedApp", "RevokeUserAuthorizedApp", "RevokeUserAuthorizedApp", AuthingCredential.Owner);

    /// <summary>Every operation, so that all documents load (and are checked) together.</summary>
    public static IReadOnlyList<GraphQLOperation> All { get; } =
    [
        GetClientWhenSdkInit, Login, LoginByPhoneCode, Register, UserExist, User, UserPatch, Users, UpdateUser, RemoveUsers,
        RefreshToken, CheckLoginStatus, DecodeJwtToken, SendResetPasswordEmail, VerifyResetPasswordVerifyCode, ChangePassword,
        SendVerifyEmail, UnbindEmail, SendChangeEmailVerifyCode, UpdateEmail, UpdatePhone, BindOtherOAuth, UnbindOtherOAuth, ReadOAuthList, NotBindOAuthList, SetInvitationState,
        QueryInvitationState, AddToInvitation, RemoveFromInvitation, QueryInvitation, QueryMfa, QueryMfaAsOwner, ChangeMfa,
        QueryInvitationState, AddToInvitation, RemoveFromInvitation, QueryInvitation, CheckPhoneCode, LoginByLdap, LoginByAd,
        SignIn, RefreshSignInToken, GetUserAuthorizedApps, RevokeUserAuthorizedApp,
    ];

    private static GraphQLOperation Query(string resource, string operationName, string field, AuthingCredential credential) =>
        new(resource, operationName, field, IsQuery: true, AuthingGateway.Users, credential);

    private static GraphQLOperation Mutation(string resource, string operationName, string field, AuthingCredential credential) =>
        new(resource, operationName, field, IsQuery: false, AuthingGateway.Users, credential);
}
