using System.DirectoryServices.Protocols;
using System.Net;
using Authing.Emulator.Errors;

namespace Authing.Emulator.Ldap;

/// <summary>
/// Checks a user's credentials against a directory: searches for the user's entry with the service account, then
/// binds as that entry with the user's password on a second connection. The password is used for that bind only.
/// </summary>
internal sealed class LdapDirectory(ILogger<LdapDirectory> logger)
{
    private const int InvalidCredentials = 49;
    private const int DefaultPort = 389;
    private const int DefaultSecurePort = 636;

    /// <summary>The entry of <paramref name="loginName"/> once its password is proven, or a business error.</summary>
    public Task<LdapEntry> AuthenticateAsync(LdapConnectorOptions connector, string loginName, string password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connector);
        if (string.IsNullOrEmpty(password))
        {
            // An empty password would be an unauthenticated bind (RFC 4513 5.1.2), which directories accept.
            throw new AuthingException(AuthingErrors.WrongPassword);
        }

        return AuthenticateWithinAsync(connector, loginName, password, cancellationToken);
    }

    /// <summary>
    /// Runs the blocking directory calls on the thread pool and waits for them no longer than their three timeouts
    /// (connect and bind, search, bind), so that a directory that accepts connections and never answers ends the
    /// login with a business error instead of holding the request.
    /// </summary>
    private async Task<LdapEntry> AuthenticateWithinAsync(LdapConnectorOptions connector, string loginName, string password, CancellationToken cancellationToken)
    {
        var work = Task.Run(() => Authenticate(connector, loginName, password), CancellationToken.None);
        try
        {
            return await work.WaitAsync(connector.Timeout * 3, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException exception)
        {
            _ = work.ContinueWith(abandoned => abandoned.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            LdapLog.DirectoryUnavailable(logger, connector.Url, -1, exception);
            throw new AuthingException(LdapErrors.DirectoryUnavailable);
        }
    }

    private LdapEntry Authenticate(LdapConnectorOptions connector, string loginName, string password)
    {
        try
        {
            var entry = FindEntry(connector, loginName);
            using var user = Connect(connector, new NetworkCredential(entry.DistinguishedName, password));
            try
            {
                user.Bind();
            }
            catch (LdapException exception) when (exception.ErrorCode == InvalidCredentials)
            {
                throw new AuthingException(AuthingErrors.WrongPassword);
            }

            return LdapEntry.From(entry);
        }
        catch (LdapException exception)
        {
            LdapLog.DirectoryUnavailable(logger, connector.Url, exception.ErrorCode, exception);
            throw new AuthingException(LdapErrors.DirectoryUnavailable);
        }
        catch (DirectoryOperationException exception)
        {
            LdapLog.DirectoryUnavailable(logger, connector.Url, (int?)exception.Response?.ResultCode ?? -1, exception);
            throw new AuthingException(LdapErrors.DirectoryUnavailable);
        }
    }

    private SearchResultEntry FindEntry(LdapConnectorOptions connector, string loginName)
    {
        var anonymous = string.IsNullOrEmpty(connector.BindDn);
        using var service = Connect(connector, anonymous ? null : new NetworkCredential(connector.BindDn, connector.BindPassword));
        try
        {
            service.Bind();
        }
        catch (LdapException exception) when (exception.ErrorCode == InvalidCredentials)
        {
            LdapLog.ServiceBindRefused(logger, connector.Url, connector.BindDn);
            throw new AuthingException(LdapErrors.ServiceBindFailed);
        }

        var request = new SearchRequest(connector.SearchBase, LdapFilter.Format(connector.UserFilter, loginName), SearchScope.Subtree, null)
        {
            SizeLimit = 2,
            TimeLimit = connector.Timeout,
        };
        SearchResponse response;
        try
        {
            response = (SearchResponse)service.SendRequest(request, connector.Timeout);
        }
        catch (DirectoryOperationException exception) when (exception.Response?.ResultCode == ResultCode.SizeLimitExceeded)
        {
            LdapLog.AmbiguousEntry(logger, connector.SearchBase);
            throw new AuthingException(LdapErrors.AmbiguousUser);
        }

        return response.Entries.Count switch
        {
            0 => throw new AuthingException(AuthingErrors.UserNotFound),
            1 => response.Entries[0],
            _ => throw Ambiguous(connector),
        };
    }

    private AuthingException Ambiguous(LdapConnectorOptions connector)
    {
        LdapLog.AmbiguousEntry(logger, connector.SearchBase);
        return new AuthingException(LdapErrors.AmbiguousUser);
    }

    private static LdapConnection Connect(LdapConnectorOptions connector, NetworkCredential? credential)
    {
        var url = connector.Url ?? throw new InvalidOperationException("The connector has no Url; options validation should have refused it.");
        var secure = url.Scheme == "ldaps";
        var port = url.IsDefaultPort || url.Port < 0 ? (secure ? DefaultSecurePort : DefaultPort) : url.Port;
        var connection = new LdapConnection(new LdapDirectoryIdentifier(url.Host, port), credential, credential is null ? AuthType.Anonymous : AuthType.Basic)
        {
            Timeout = connector.Timeout,
        };
        connection.SessionOptions.ProtocolVersion = 3;
        connection.SessionOptions.ReferralChasing = ReferralChasingOptions.None;
        connection.SessionOptions.SecureSocketLayer = secure;
        return connection;
    }
}
