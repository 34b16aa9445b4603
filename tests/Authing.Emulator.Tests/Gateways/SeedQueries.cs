namespace Authing.Emulator.Tests.Gateways;

/// <summary>Operation documents as the seed API page gives them (verbatim), and as the Node SDK sends them.</summary>
public static class SeedQueries
{
    public const string GetClientWhenSdkInit = """
        query getClientWhenSdkInit($secret: String, $clientId: String, $retUserId: Boolean, $timestamp: String, $signature: String, $nonce: Int){
            getClientWhenSdkInit(secret: $secret, clientId: $clientId, retUserId: $retUserId, timestamp: $timestamp, signature: $signature, nonce: $nonce){
              accessToken
              clientInfo {
                _id
                name
                jwtExpired
              }
            }
        }
        """;

    public const string Register = """
        mutation register(
            $unionid: String,
            $email: String, 
            $password: String, 
            $lastIP: String, 
            $forceLogin: Boolean,
            $registerInClient: String!,
            $oauth: String,
            $username: String,
            $nickname: String,
            $registerMethod: String,
            $photo: String,
            $browser: String, 
            $phone: String,
            $device: String
        ) {
            register(userInfo: {
                unionid: $unionid,
                email: $email,
                password: $password,
                lastIP: $lastIP,
                forceLogin: $forceLogin,
                registerInClient: $registerInClient,
                oauth: $oauth,
                registerMethod: $registerMethod,
                photo: $photo,
                phone: $phone,
                username: $username,
                nickname: $nickname,
                device: $device,
                browser: $browser
            }) {
                _id,
                email,
                emailVerified,
                username,
                nickname,
                company,
                photo,
                phone,
                browser,
                password,
                token,
                group {
                    name
                },
                blocked,
                device
            }
        }
        """;

    public const string RegisterByPhone = """
        mutation register($phone: String, $phoneCode: String, $registerInClient: String!) {
            register(userInfo: {phone: $phone, phoneCode: $phoneCode, registerInClient: $registerInClient}) { _id phone token }
        }
        """;

    public const string Login = """
        mutation login($unionid: String, $email: String, $phone: String, $password: String, $lastIP: String, $registerInClient: String!, $verifyCode: String, $browser: String, $device: String) {
            login(unionid: $unionid, email: $email, phone: $phone, password: $password, lastIP: $lastIP, registerInClient: $registerInClient, verifyCode: $verifyCode, browser: $browser, device: $device) {
                _id
                email
                emailVerified
                username
                nickname
                company
                phone
                photo
                browser
                token
                tokenExpiredAt
                loginsCount
                lastLogin
                lastIP
                signedUp
                blocked
                isDeleted
            }
        }
        """;

    public const string LoginByPhoneCode = """
        mutation login($phone: String, $phoneCode: Int, $registerInClient: String!, $browser: String, $device: String) {
                  login(phone: $phone, phoneCode: $phoneCode, registerInClient: $registerInClient, browser: $browser, device: $device) {
                    _id
                    phone
                    token
                  }
              }
        """;

    public const string LoginWithMfa = """
        mutation login($email: String, $password: String, $registerInClient: String!, $MFACode: String) {
            login(email: $email, password: $password, registerInClient: $registerInClient, MFACode: $MFACode) { _id token }
        }
        """;

    public const string CheckLoginStatus = """
        query checkLoginStatus {
            checkLoginStatus {
                status
                code
                message
            }
        }
        """;

    public const string CheckLoginStatusWithToken = """
        query checkLoginStatus($token: String) {
            checkLoginStatus(token: $token) { status code message token { data { email id clientId unionid phone } iat exp } }
        }
        """;

    public const string User = """
        query user($id: String!, $registerInClient: String!){
            user(id: $id, registerInClient: $registerInClient) {
                _id
                email
                loginsCount
                lastLogin
                lastIP
                signedUp
                userLoginHistory {
                  totalCount
                  list {
                    _id
                    when
                    success
                    ip
                    result
                  }
                }
            }
        }
        """;

    public const string Users = """
        query users($registerInClient: String, $page: Int, $count: Int){
          users(registerInClient: $registerInClient, page: $page, count: $count) {
            totalCount
            list {
              _id
              email
            }
          }
        }
        """;

    public const string UpdateUser = """
        mutation UpdateUser($_id: String!, $password: String, $oldPassword: String, $registerInClient: String!, $tokenExpiredAt: String) {
          updateUser(options: {_id: $_id, password: $password, oldPassword: $oldPassword, registerInClient: $registerInClient, tokenExpiredAt: $tokenExpiredAt}) {
            _id
            email
            tokenExpiredAt
          }
        }
        """;

    public const string SendResetPasswordEmail = """
        mutation sendResetPasswordEmail(
            $email: String!,
            $client: String!
        ){
            sendResetPasswordEmail(
                email: $email,
                client: $client
            ) {
                  message
                  code
                  status
            }
        }
        """;

    public const string ChangePassword = """
        mutation changePassword(
            $email: String!,
            $client: String!,
            $password: String!,
            $verifyCode: String!
        ){
            changePassword(
                email: $email,
                client: $client,
                password: $password,
                verifyCode: $verifyCode
            ) {
                _id
                email
            }
        }
        """;

    public const string RemoveUsers = """
        mutation removeUsers($ids: [String], $registerInClient: String, $operator: String){
          removeUsers(ids: $ids, registerInClient: $registerInClient, operator: $operator) {
            _id
          }
        }
        """;

    public const string ReadOAuthList = """
        query ReadOAuthList($clientId: String!) {
            ReadOauthList(clientId: $clientId) {
                _id
                name
                enabled
            }
        }
        """;
}
