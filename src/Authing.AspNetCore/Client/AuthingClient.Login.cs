namespace Authing.AspNetCore.Client;

public sealed partial class AuthingClient
{
    /// <summary>Logs a user in with e-mail, user name or phone (or unionid) and password; the password is encrypted before it is sent.</summary>
    /// <param name="request">The credentials.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The user, with the UserToken in <see cref="AuthingUser.Token"/>.</returns>
    /// <exception cref="AuthingException">Authing rejected the login (2004 user not found, 2006 wrong password, 1635 MFA code required, ...).</exception>
    public Task<AuthingUser> LoginAsync(LoginRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Email is null && request.Username is null && request.Phone is null && request.Unionid is null)
        {
            throw new ArgumentException("Give one of Email, Username, Phone or Unionid.", nameof(request));
        }

        var variables = new GraphQLVariables()
            .Add("email", request.Email)
            .Add("username", request.Username)
            .Add("phone", request.Phone)
            .Add("unionid", request.Unionid)
            .AddSensitive("password", passwords.EncryptOptional(request.Password))
            .Add("verifyCode", request.VerifyCode)
            .Add("MFACode", request.MfaCode)
            .Add("lastIP", request.LastIP)
            .Add("browser", request.Browser)
            .Add("device", request.Device)
            .Add("registerInClient", Pool(request.RegisterInClient));
        return SendRequiredAsync(AuthingOperations.Login, variables, AuthingJsonContext.Default.AuthingUser, cancellationToken);
    }

    /// <summary>Logs a user in with a phone number and the SMS code from <see cref="SendSmsCodeAsync"/>.</summary>
    /// <param name="request">The phone and code.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The user, with the UserToken in <see cref="AuthingUser.Token"/>.</returns>
    public Task<AuthingUser> LoginByPhoneCodeAsync(PhoneCodeLoginRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var variables = new GraphQLVariables()
            .Add("phone", request.Phone)
            .Add("phoneCode", request.PhoneCode)
            .Add("browser", request.Browser)
            .Add("device", request.Device)
            .Add("registerInClient", Pool(request.RegisterInClient));
        return SendRequiredAsync(AuthingOperations.LoginByPhoneCode, variables, AuthingJsonContext.Default.AuthingUser, cancellationToken);
    }

    /// <summary>Registers a user by e-mail, user name, unionid, or phone with its SMS code; the password is encrypted before it is sent.</summary>
    /// <param name="request">The new user.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The registered user.</returns>
    /// <exception cref="AuthingException">Authing refused the registration (2026 user exists, 2300 wrong SMS code, ...).</exception>
    public Task<AuthingUser> RegisterAsync(RegisterRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var variables = new GraphQLVariables()
            .Add("email", request.Email)
            .Add("username", request.Username)
            .Add("unionid", request.Unionid)
            .Add("phone", request.Phone)
            .Add("phoneCode", request.PhoneCode)
            .AddSensitive("password", passwords.EncryptOptional(request.Password))
            .Add("nickname", request.Nickname)
            .Add("photo", request.Photo)
            .Add("oauth", request.Oauth)
            .Add("registerMethod", request.RegisterMethod)
            .Add("forceLogin", request.ForceLogin)
            .Add("lastIP", request.LastIP)
            .Add("browser", request.Browser)
            .Add("device", request.Device)
            .Add("registerInClient", Pool(request.RegisterInClient));
        return SendRequiredAsync(AuthingOperations.Register, variables, AuthingJsonContext.Default.AuthingUser, cancellationToken);
    }

    /// <summary>Tells whether a user with the given e-mail, phone or user name exists in the pool.</summary>
    /// <param name="request">The identifiers to look for.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> when such a user exists.</returns>
    public async Task<bool> UserExistAsync(UserExistRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var variables = new GraphQLVariables()
            .Add("userPoolId", Pool(request.UserPoolId))
            .Add("email", request.Email)
            .Add("phone", request.Phone)
            .Add("username", request.Username);
        return await SendAsync(AuthingOperations.UserExist, variables, AuthingJsonContext.Default.Boolean, cancellationToken).ConfigureAwait(false);
    }
}
