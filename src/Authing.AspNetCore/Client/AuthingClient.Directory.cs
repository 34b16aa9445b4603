namespace Authing.AspNetCore.Client;

public sealed partial class AuthingClient
{
    /// <summary>
    /// Logs a user in with the credentials of the pool's LDAP directory (oauth gateway); Authing creates the pool user on
    /// the first login. The user's <see cref="AuthingUser.Unionid"/> is the entry's DN and <see cref="AuthingUser.Oauth"/>
    /// holds the entry as JSON.
    /// </summary>
    /// <param name="request">The directory credentials.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The user, with the UserToken in <see cref="AuthingUser.Token"/>.</returns>
    /// <exception cref="AuthingException">Authing refused the login (2004 no such entry, 2006 wrong password, the directory unreachable, ...).</exception>
    public Task<AuthingUser> LoginByLdapAsync(LdapLoginRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Username);
        ArgumentException.ThrowIfNullOrEmpty(request.Password);
        var variables = new GraphQLVariables()
            .Add("username", request.Username)
            .AddSensitive("password", request.Password)
            .Add("clientId", Pool(request.ClientId))
            .Add("browser", request.Browser)
            .Add("device", request.Device);
        return SendRequiredAsync(AuthingOperations.LoginByLdap, variables, AuthingJsonContext.Default.AuthingUser, cancellationToken);
    }

    /// <summary>
    /// Logs a user in with Active Directory credentials through an AD connector (oauth gateway); Authing creates the pool
    /// user on the first login, with <see cref="AuthingUser.Unionid"/> <c>ad|connector|DN</c>.
    /// </summary>
    /// <param name="request">The connector and the domain credentials.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The user, with the UserToken in <see cref="AuthingUser.Token"/>.</returns>
    /// <exception cref="AuthingException">Authing refused the login (2004 no such user, 2006 wrong password, unknown connector, ...).</exception>
    public Task<AuthingUser> LoginByAdAsync(AdLoginRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.AdConnectorId);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Username);
        ArgumentException.ThrowIfNullOrEmpty(request.Password);
        var variables = new GraphQLVariables()
            .Add("adConnectorId", request.AdConnectorId)
            .Add("username", request.Username)
            .AddSensitive("password", request.Password);
        return SendRequiredAsync(AuthingOperations.LoginByAd, variables, AuthingJsonContext.Default.AuthingUser, cancellationToken);
    }
}
