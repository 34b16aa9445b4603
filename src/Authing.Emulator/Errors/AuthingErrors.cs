namespace Authing.Emulator.Errors;

/// <summary>
/// Every business error the emulator answers, with Authing's codes and messages. Code 500 is Authing's generic
/// failure code ("500 为失败"); the emulator uses it, with a clear message, where Authing documents no specific code.
/// </summary>
public static class AuthingErrors
{
    /// <summary>No token was sent.</summary>
    public static AuthingError NotLoggedIn { get; } = new(2020, "未登录");

    /// <summary>The token has expired or was revoked by a logout.</summary>
    public static AuthingError TokenExpired { get; } = new(2206, "登录信息已过期");

    /// <summary>The token is malformed, tampered with, or names an unknown pool or user.</summary>
    public static AuthingError TokenInvalid { get; } = new(2207, "登录信息有误");

    /// <summary>The user has MFA on and the login carried no MFA code.</summary>
    public static AuthingError MfaCodeRequired { get; } = new(1635, "请输入 MFA 验证码");

    /// <summary>
    /// The MFA code of a login is wrong, stale or was used already. Authing's error reference has no MFA-specific code for
    /// this; 2001 is its "verification code check failed".
    /// </summary>
    public static AuthingError MfaCodeInvalid { get; } = new(2001, "MFA 验证码错误");

    /// <summary>No MFA record has the given id.</summary>
    public static AuthingError MfaNotFound { get; } = new(500, "MFA 信息不存在");

    /// <summary>No such user.</summary>
    public static AuthingError UserNotFound { get; } = new(2004, "用户不存在");

    /// <summary>The password does not match.</summary>
    public static AuthingError WrongPassword { get; } = new(2006, "密码错误");

    /// <summary>Registration of an e-mail, phone, username or unionid already taken.</summary>
    public static AuthingError UserExists { get; } = new(2026, "用户已存在，请不要重复注册");

    /// <summary>The e-mail is the user's only way to log in.</summary>
    public static AuthingError CannotUnbindEmail { get; } = new(2217, "未绑定其他登录方式，不能解绑邮箱");

    /// <summary>The e-mail belongs to another user.</summary>
    public static AuthingError EmailAlreadyBound { get; } = new(2035, "该邮箱已绑定，请换一个吧");

    /// <summary>The phone number belongs to another user of the pool (Authing's "user exists" code, with its own message).</summary>
    public static AuthingError PhoneAlreadyBound { get; } = new(2026, "该手机号已被绑定，请换一个吧");

    /// <summary>The verification code is wrong or has expired.</summary>
    public static AuthingError VerificationCodeInvalid { get; } = new(2300, "验证码过期");

    /// <summary>A code was requested again while the previous one is still valid.</summary>
    public static AuthingError CodeAlreadySent { get; } = new(500, "已发送验证码，还未失效");

    /// <summary>The password could not be decrypted with the emulator's public key.</summary>
    public static AuthingError PasswordNotDecryptable { get; } = new(500, "密码解密失败：请用模拟器的公钥（GET /__emulator/public-key）以 RSA PKCS#1 v1.5 加密后再 base64 编码");

    /// <summary>A password change without the current password.</summary>
    public static AuthingError OldPasswordRequired { get; } = new(500, "修改密码需要提供原密码 oldPassword");

    /// <summary>The pool id is not a pool of this emulator.</summary>
    public static AuthingError UserPoolNotFound { get; } = new(500, "用户池不存在");

    /// <summary>The pool secret does not match.</summary>
    public static AuthingError WrongUserPoolSecret { get; } = new(500, "用户池密钥错误");

    /// <summary>An operation that needs the pool's OwnerToken was called with another token.</summary>
    public static AuthingError OwnerTokenRequired { get; } = new(500, "此操作需要用户池管理员 Token（OwnerToken）");

    /// <summary>An operation that needs a UserToken was called with another token.</summary>
    public static AuthingError UserTokenRequired { get; } = new(500, "此操作需要用户 Token（UserToken）");

    /// <summary>A UserToken was used for another user's data.</summary>
    public static AuthingError Forbidden { get; } = new(500, "没有权限操作其他用户的数据");

    /// <summary>The user is blocked.</summary>
    public static AuthingError UserBlocked { get; } = new(500, "用户已被锁定");

    /// <summary>A phone registration of a phone not on the pool's whitelist.</summary>
    public static AuthingError PhoneNotInvited { get; } = new(500, "该手机号不在注册白名单中");

    /// <summary>The social login is already bound, or is not bound.</summary>
    public static AuthingError OAuthBindingConflict { get; } = new(500, "该社会化登录方式已绑定");

    /// <summary>No binding of that type to remove.</summary>
    public static AuthingError OAuthBindingNotFound { get; } = new(500, "未绑定该社会化登录方式");

    /// <summary>An argument that is not a 24-hex ObjectId.</summary>
    public static AuthingError InvalidObjectId(string argument) => new(500, $"参数 {argument} 不是合法的 ObjectId（24 位十六进制）");

    /// <summary>An argument that is not an e-mail address.</summary>
    public static AuthingError InvalidEmail { get; } = new(500, "邮箱格式不正确");

    /// <summary>An argument that is missing or empty.</summary>
    public static AuthingError MissingArgument(string description) => new(500, $"缺少参数：{description}");

    /// <summary>The OIDC app id names no app of the pool.</summary>
    public static AuthingError OidcAppNotFound { get; } = new(500, "OIDC 应用不存在");

    /// <summary>The OIDC refresh token is unknown, expired, already used or revoked.</summary>
    public static AuthingError OidcRefreshTokenInvalid { get; } = new(500, "refresh_token 无效、已过期或已被使用");
}
