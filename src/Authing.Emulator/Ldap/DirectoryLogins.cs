using Authing.Emulator.Configuration;
using Authing.Emulator.Errors;
using Authing.Emulator.Formats;
using Authing.Emulator.Pools;
using Authing.Emulator.Users;
using Microsoft.Extensions.Options;

namespace Authing.Emulator.Ldap;

/// <summary>
/// LDAP and AD login: proves the credentials against the pool's directory, then logs in (or creates) the pool user of
/// that entry. The directory password is passed to the directory's bind and nowhere else.
/// </summary>
internal sealed class DirectoryLogins
{
    /// <summary>The <c>registerMethod</c> of users created by an LDAP login (the value Authing returns).</summary>
    public const string LdapRegisterMethod = "ldap:default::from-undefined";

    /// <summary>The <c>registerMethod</c> of users created by an AD login.</summary>
    public const string AdRegisterMethod = "ad";

    private readonly LdapDirectory directory;
    private readonly UserService users;
    private readonly UserPoolDirectory pools;
    private readonly ILogger<DirectoryLogins> logger;
    private readonly Dictionary<string, LdapConnectorOptions> ldapByPool = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (string PoolId, AdConnectorOptions Connector)> adById = new(StringComparer.OrdinalIgnoreCase);

    public DirectoryLogins(LdapDirectory directory, UserService users, UserPoolDirectory pools, IOptions<EmulatorOptions> options, ILogger<DirectoryLogins> logger)
    {
        this.directory = directory;
        this.users = users;
        this.pools = pools;
        this.logger = logger;
        foreach (var pool in options.Value.UserPools)
        {
            if (pool.Ldap is { } ldap)
            {
                ldapByPool[pool.Id] = ldap;
            }

            foreach (var ad in pool.AdConnectors)
            {
                adById[ad.Id] = (pool.Id, ad);
            }
        }
    }

    /// <summary>Logs in with the pool's LDAP connector; the name is matched by the connector's user filter.</summary>
    public async Task<EmulatorUser> LoginByLdapAsync(string? clientId, string? username, string? password, DirectoryClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var pool = pools.Get(InputRules.Required(clientId, "clientId 或 adConnectorId"));
        var connector = ldapByPool.GetValueOrDefault(pool.Id) ?? throw new AuthingException(LdapErrors.LdapNotConfigured);
        var loginName = InputRules.Required(username, "username");
        var entry = await AuthenticateAsync(pool, connector, loginName, password, cancellationToken).ConfigureAwait(false);
        var account = new ExternalAccount
        {
            Unionid = entry.Dn,
            RegisterMethod = LdapRegisterMethod,
            Oauth = entry.ToJson(),
            Username = entry.First(connector.Attributes.Username),
            Nickname = entry.First(connector.Attributes.Nickname),
            Email = EmailOf(entry, connector),
            Phone = entry.First(connector.Attributes.Phone),
        };
        return await users.LoginExternalAsync(pool, account, client.Ip, client.Browser, client.Device, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Logs in with an AD connector, as <c>DOMAIN\name</c> or <c>name@suffix</c>.</summary>
    public async Task<EmulatorUser> LoginByAdAsync(string connectorId, string? username, string? password, DirectoryClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var (poolId, connector) = adById.TryGetValue(connectorId, out var found) ? found : throw new AuthingException(LdapErrors.AdConnectorNotFound);
        var pool = pools.Get(poolId);
        var (domain, loginName) = SplitAdName(InputRules.Required(username, "username"));
        if (domain is not null && !string.Equals(domain, connector.Domain, StringComparison.OrdinalIgnoreCase))
        {
            LdapLog.DirectoryLoginRejected(logger, pool.Id, AuthingErrors.UserNotFound.Code);
            throw new AuthingException(AuthingErrors.UserNotFound);
        }

        var entry = await AuthenticateAsync(pool, connector, loginName, password, cancellationToken).ConfigureAwait(false);
        var account = new ExternalAccount
        {
            Unionid = $"ad|{connector.Id.ToLowerInvariant()}|{entry.Dn}",
            RegisterMethod = AdRegisterMethod,
            Oauth = entry.ToJson(),
            Username = $@"{connector.Domain}\{entry.First(connector.Attributes.Username) ?? loginName}",
            Nickname = entry.First(connector.Attributes.Nickname),
            Email = EmailOf(entry, connector),
            Phone = entry.First(connector.Attributes.Phone),
        };
        return await users.LoginExternalAsync(pool, account, client.Ip, client.Browser, client.Device, cancellationToken).ConfigureAwait(false);
    }

    private async Task<LdapEntry> AuthenticateAsync(UserPool pool, LdapConnectorOptions connector, string loginName, string? password, CancellationToken cancellationToken)
    {
        try
        {
            return await directory.AuthenticateAsync(connector, loginName, password ?? string.Empty, cancellationToken).ConfigureAwait(false);
        }
        catch (AuthingException exception)
        {
            LdapLog.DirectoryLoginRejected(logger, pool.Id, exception.Error.Code);
            throw;
        }
    }

    private static (string? Domain, string LoginName) SplitAdName(string username)
    {
        var slash = username.IndexOf('\\', StringComparison.Ordinal);
        if (slash > 0 && slash < username.Length - 1)
        {
            return (username[..slash], username[(slash + 1)..]);
        }

        var at = username.IndexOf('@', StringComparison.Ordinal);
        return slash < 0 && at > 0 && at < username.Length - 1
            ? (null, username)
            : throw new AuthingException(LdapErrors.AdUsernameFormat);
    }

    private static string? EmailOf(LdapEntry entry, LdapConnectorOptions connector)
    {
        if (entry.First(connector.Attributes.Email) is not { } mail)
        {
            return null;
        }

        try
        {
            return InputRules.Email(mail);
        }
        catch (AuthingException)
        {
            // A directory value that is not an address leaves the pool user without an e-mail.
            return null;
        }
    }
}
