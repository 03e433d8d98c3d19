#!/usr/bin/env python3
"""Writes the curl corpus: each case is a command as published (source URL kept), and, for the commands a shell
and curl run, the raw request the real curl binary sent to a listener on 127.0.0.1 (capture.py). Re-run after adding
a case: python3 cases.py  (needs curl on PATH; never reaches the internet)."""
import json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
D = 'https://docs.x.com/x-api/posts/search/quickstart/recent-search'
CASES = [
 ('recent-search-quickstart', D,
  'curl "https://api.x.com/2/tweets/search/recent?query=python%20lang%3Aen%20-is%3Aretweet" \\\n  -H "Authorization: Bearer $BEARER_TOKEN"'),
 ('recent-search-url-over-lines', D,
  'curl "https://api.x.com/2/tweets/search/recent?\\\nquery=python%20lang%3Aen%20-is%3Aretweet&\\\ntweet.fields=created_at,public_metrics" \\\n  -H "Authorization: Bearer $BEARER_TOKEN"'),
 ('create-post-docs', 'https://docs.x.com/x-api/posts/create-or-edit-post',
  "curl --request POST \\\n--url https://api.x.com/2/tweets \\\n--header 'Authorization: Bearer <token>' \\\n--header 'Content-Type: application/json' \\\n--data '\n{\n\"card_uri\": \"<string>\",\n\"for_super_followers_only\": false,\n\"geo\": {\n\"place_id\": \"<string>\"\n},\n\"nullcast\": false,\n\"quote_tweet_id\": \"1346889436626259968\",\n\"reply_settings\": \"following\",\n\"text\": \"Learn how to use the user Tweet timeline and user mention timeline endpoints in the X API v2 to explore Tweet\\\\u2026 https:\\\\/\\\\/t.co\\\\/56a0vZUx7i\"\n}\n'"),
 ('create-post-mintlify', 'https://x-preview-oauth-2-ios.mintlify.app/x-api/posts/create-post',
  "curl --request POST \\\n  --url https://api.x.com/2/tweets \\\n  --header 'Authorization: Bearer <token>' \\\n  --header 'Content-Type: application/json' \\\n  --data '{\n  \"media\": {\n    \"media_ids\": [\n      \"1146654567674912769\"\n    ]\n  },\n  \"text\": \"Learn how to use the user Tweet timeline\"\n}'"),
 ('upload-media-json', 'https://docs.x.com/x-api/media/upload-media',
  "curl --request POST \\\n  --url https://api.x.com/2/media/upload \\\n  --header 'Authorization: Bearer <token>' \\\n  --header 'Content-Type: application/json' \\\n  --data '{\n  \"additional_owners\": [\n    \"2244994945\"\n  ],\n  \"media_category\": \"tweet_image\",\n  \"media_type\": \"image/png\",\n  \"shared\": false\n}'"),
 ('media-upload-multipart-header-only', 'https://docs.x.com/x-api/media/media-upload',
  "curl --request POST \\\n  --url https://api.x.com/2/media/upload \\\n  --header 'Authorization: Bearer <token>' \\\n  --header 'Content-Type: multipart/form-data'"),
 ('media-initialize-twitter-host', 'https://docs.x.com/x-api/media/media-upload-initialize',
  "curl --request POST \\\n--url https://api.twitter.com/2/media/upload/initialize \\\n--header 'Authorization: Bearer <token>' \\\n--header 'Content-Type: application/json' \\\n--data '{\n\"additional_owners\": [\n\"2244994945\"\n],\n\"media_category\": \"tweet_video\",\n\"media_type\": \"video/mp4\",\n\"shared\": true,\n\"total_bytes\": 8589934592\n}'"),
 ('bump-create-tweet-oauth-variable', 'https://bump.sh/demo/doc/twitter-api-v2/operation/operation-createtweet',
  "curl \\\n-X POST https://api.twitter.com/2/tweets \\\n-H \"Authorization: Oauth $ACCESS_TOKEN\" \\\n-H \"Content-Type: application/json\" \\\n-d '{\"text\":\"Learn how to use the user Tweet timeline\",\"quote_tweet_id\":\"1346889436626259968\",\"reply\":{\"in_reply_to_tweet_id\":\"1346889436626259968\",\"exclude_reply_user_ids\":[\"2244994945\"]}}'"),
 ('proxychains-search-positional', 'https://pastebin.com/Gg7t4X9w',
  "proxychains curl --request GET --url \"https://api.twitter.com/1.1/search/tweets.json?q=$1\" --header \"authorization: Bearer $2\" --header 'content-type: application/x-www-form-urlencoded'|python -mjson.tool"),
 ('bearer-token-client-credentials', 'https://developer.twitter.com/en/docs/basics/authentication/guides/bearer-tokens',
  "curl -u \"$API_KEY:$API_SECRET_KEY\" \\\n  --data 'grant_type=client_credentials' \\\n  'https://api.twitter.com/oauth2/token'"),
 ('search-get-data-oauth-file-gist', 'https://gist.github.com/apolloclark/2d4f6362f31666c1c81f',
  "curl \\\n--get 'https://api.twitter.com/1.1/search/tweets.json' \\\n--data 'q=%23archaeology' \\\n--header \"$(cat ~/twitter_api)\" \\\n--silent"),
 ('tweet-sh-media-upload-form', 'https://github.com/piroor/tweet.sh/issues/5',
  "curl --silent -X POST \\\n  -H \"Authorization: OAuth $OAUTH1_AUTHORIZATION\" \\\n  --form \"media=@photo.jpg\" \\\n  \"https://upload.twitter.com/1.1/media/upload.json\""),
 ('v2-media-upload-init-form', 'https://docs.x.com/x-api/media/media-upload',
  "curl -X POST \"https://api.x.com/2/media/upload\" \\\n  -H \"Authorization: Bearer $BEARER_TOKEN\" \\\n  -F \"command=INIT\" \\\n  -F \"media_type=image/jpeg\" \\\n  -F \"total_bytes=17\" \\\n  -F \"media_category=tweet_image\""),
 ('v2-media-upload-append-form', 'https://docs.x.com/x-api/media/media-upload',
  "curl -X POST \"https://api.x.com/2/media/upload\" \\\n  -H \"Authorization: Bearer ${BEARER_TOKEN}\" \\\n  -F \"command=APPEND\" \\\n  -F \"media_id=1146654567674912769\" \\\n  -F \"segment_index=0\" \\\n  -F \"media=@photo.jpg;type=image/jpeg\""),
 ('v1-media-upload-image-filename', 'https://github.com/themattharris/tmhOAuth/issues/153',
  "curl -s -X POST 'https://upload.twitter.com/1.1/media/upload.json?media_category=tweet_gif' \\\n  -H \"Authorization: $OAUTH1_AUTHORIZATION\" \\\n  -F 'media=@cat.gif;type=image/gif;filename=guitar.gif' \\\n  --form-string 'additional_owners=2244994945'"),
 ('users-me-oauth2-bearer-flag', 'https://docs.x.com/x-api/users/user-lookup-me',
  "curl --oauth2-bearer \"$ACCESS_TOKEN\" 'https://api.x.com/2/users/me?user.fields=created_at,description'"),
 ('recent-search-get-urlencode', 'https://developer.x.com/en/docs/twitter-api/tweets/search/quick-start/recent-search',
  "curl -G 'https://api.x.com/2/tweets/search/recent' \\\n  --data-urlencode 'query=from:XDevelopers -is:retweet' \\\n  -d 'tweet.fields=created_at' \\\n  -H \"Authorization: Bearer $BEARER_TOKEN\""),
 ('url-query-expansions', 'https://docs.x.com/x-api/fundamentals/expansions',
  "curl 'https://api.x.com/2/tweets/1212092628029698048' \\\n  --url-query 'expansions=author_id' \\\n  --url-query 'user.fields=description,created_at' \\\n  -H \"Authorization: Bearer $BEARER_TOKEN\""),
 ('json-flag-create-post', 'https://docs.x.com/x-api/posts/manage-tweets/quickstart',
  "curl --json '{\"text\": \"Hello from curl --json\"}' \\\n  -H \"Authorization: Bearer $USER_ACCESS_TOKEN\" \\\n  https://api.x.com/2/tweets"),
 ('oauth2-token-pkce', 'https://docs.x.com/resources/fundamentals/authentication/oauth-2-0/user-access-token',
  "curl --location --request POST 'https://api.x.com/2/oauth2/token' \\\n--header 'Content-Type: application/x-www-form-urlencoded' \\\n--data-urlencode 'code=VGNibzFWSWREZm01bjN1N3dicWlNUG1oa2xRRVNNdmVHelJGY2hPWGxNd2dxOjE2MjIxNjA4MjU4MjU6MToxOmFjOjE' \\\n--data-urlencode 'grant_type=authorization_code' \\\n--data-urlencode 'client_id=rG9n6402A3dbUJKzXTNX4oWHJ' \\\n--data-urlencode 'redirect_uri=https://www.example.com' \\\n--data-urlencode 'code_verifier=challenge'"),
 ('oauth2-revoke-basic', 'https://docs.x.com/resources/fundamentals/authentication/oauth-2-0/user-access-token',
  "curl --location --request POST 'https://api.x.com/2/oauth2/revoke' \\\n--header 'Content-Type: application/x-www-form-urlencoded' \\\n--basic -u 'rG9n6402A3dbUJKzXTNX4oWHJ:secret' \\\n--data-urlencode 'token=Q0Mzb0VhZ2V3SjBGMFV6RmFQSmVhY3FpWmRnT2JBN1hBUUdmVXhRdFJDWE5QOjE2MjIxNDc3NDI0MTM6MToxOmF0OjE' \\\n--data-urlencode 'client_id=rG9n6402A3dbUJKzXTNX4oWHJ'"),
 ('delete-post-windows-cmd', 'https://docs.x.com/x-api/posts/delete-post',
  "curl -X DELETE ^\n  \"https://api.x.com/2/tweets/1346889436626259968\" ^\n  -H \"Authorization: Bearer %ACCESS_TOKEN%\"",
  "curl -X DELETE \"https://api.x.com/2/tweets/1346889436626259968\" -H \"Authorization: Bearer $ACCESS_TOKEN\""),
 ('users-by-username-powershell', 'https://docs.x.com/x-api/users/get-user-by-username',
  "curl.exe --request GET `\n  --url 'https://api.x.com/2/users/by/username/XDevelopers' `\n  --header \"Authorization: Bearer $env:BEARER_TOKEN\"",
  "curl --request GET --url 'https://api.x.com/2/users/by/username/XDevelopers' --header \"Authorization: Bearer $BEARER_TOKEN\""),
 ('stream-rules-add', 'https://developer.x.com/en/docs/twitter-api/tweets/filtered-stream/quick-start',
  "curl -X POST 'https://api.x.com/2/tweets/search/stream/rules' \\\n-H \"Content-type: application/json\" \\\n-H \"Authorization: Bearer $ACCESS_TOKEN\" -d \\\n'{\n  \"add\": [\n    {\"value\": \"cat has:media\", \"tag\": \"cats with media\"},\n    {\"value\": \"cat has:media -grumpy\", \"tag\": \"happy cats with media\"}\n  ]\n}'"),
 ('stream-connect-comment', 'https://developer.x.com/en/docs/twitter-api/tweets/filtered-stream/quick-start',
  "# connect to the filtered stream\ncurl -X GET -H \"Authorization: Bearer $ACCESS_TOKEN\" \"https://api.x.com/2/tweets/search/stream?tweet.fields=created_at&expansions=author_id&user.fields=created_at\""),
 ('dm-ansi-c-body', 'https://docs.x.com/x-api/direct-messages/manage/quickstart',
  "curl -X POST https://api.x.com/2/dm_conversations/with/9876543210/messages \\\n  -H \"Authorization: Bearer $USER_ACCESS_TOKEN\" \\\n  -H 'Content-Type: application/json' \\\n  --data-raw $'{\"text\": \"Hi there,\\\\nit\\'s me\"}'"),
 ('like-post-user-agent-referer', 'https://docs.x.com/x-api/posts/likes/introduction',
  "curl -X POST \"https://api.x.com/2/users/2244994945/likes\" -A 'my-bot/1.0' -e 'https://developer.x.com' -b 'lang=en' -H \"Authorization: Bearer $USER_ACCESS_TOKEN\" -H 'Content-Type: application/json' -d '{\"tweet_id\": \"1228393702244134912\"}'"),
 ('head-openapi', 'https://docs.x.com/x-api/fundamentals/openapi',
  "curl -I https://api.x.com/2/openapi.json"),
 # Broken as published or as commonly pasted: what a shell would do instead is the expected refusal or repair.
 ('broken-unclosed-quote-bearer-doc', 'https://github.com/YumaInaura/YumaInaura/issues/1094',
  "curl -u 'API_KEY:API_SECRET_KEY --data 'grant_type=client_credentials' 'https://api.twitter.com/oauth2/token'"),
 ('broken-gist-doubled-quote', 'https://gist.github.com/apolloclark/2d4f6362f31666c1c81f',
  "curl \\\n--get 'https://api.twitter.com/1.1/search/tweets.json' \\\n--data '&q=%23archaeology' \\\n--header ''Authorization: OAuth oauth_consumer_key=\"AAAA\", oauth_nonce=\"9999\", oauth_signature=\"AAAA\", oauth_signature_method=\"HMAC-SHA1\", oauth_timestamp=\"1450742465\", oauth_token=\"9999-AAAA\", oauth_version=\"1.0\"' \\\n--silent"),
 ('broken-missing-continuation', 'https://docs.x.com/x-api/posts/create-or-edit-post',
  "curl --request POST \\\n  --url https://api.x.com/2/tweets \\\n  --header 'Authorization: Bearer <token>' \\\n  --header 'Content-Type: application/json'\n  --data '{\"text\": \"Hello world!\"}'"),
 ('broken-unquoted-ampersand', 'https://docs.x.com/x-api/posts/search/quickstart/recent-search',
  "curl https://api.x.com/2/tweets/search/recent?query=python&tweet.fields=created_at -H \"Authorization: Bearer $BEARER_TOKEN\""),
 ('broken-apostrophe-in-body', 'https://docs.x.com/x-api/posts/manage-tweets/quickstart',
  "curl -X POST https://api.x.com/2/tweets -H \"Authorization: Bearer $USER_ACCESS_TOKEN\" -H 'Content-Type: application/json' -d '{\"text\": \"I don't know\"}'"),
 ('broken-comment-before-continuation', 'xinspect 0.x curl export of an OAuth 1.0a request (the issue-16 report)',
  "curl -X POST 'https://api.x.com/2/tweets' \\\n  -H \"Authorization: $OAUTH1_AUTHORIZATION\"  # OAuth 1.0a: sign a fresh header per request (xurl or your library) \\\n  -H 'Content-Type: application/json' \\\n  --data-raw '{\"text\":\"hi\"}'"),
 ('repaired-space-after-backslash', 'https://docs.x.com/x-api/posts/search/quickstart/recent-search',
  "curl \"https://api.x.com/2/tweets/search/recent?query=python\" \\ \n  -H \"Authorization: Bearer $BEARER_TOKEN\"",
  "curl \"https://api.x.com/2/tweets/search/recent?query=python\" -H \"Authorization: Bearer $BEARER_TOKEN\""),
 ('repaired-smart-quotes-blog', 'https://docs.x.com/x-api/users/user-lookup-me',
  "curl “https://api.x.com/2/users/me” -H “Authorization: Bearer $ACCESS_TOKEN”",
  "curl \"https://api.x.com/2/users/me\" -H \"Authorization: Bearer $ACCESS_TOKEN\""),
 ('repaired-prompt-and-space-in-url', 'https://docs.x.com/x-api/posts/search/quickstart/recent-search',
  "$ curl 'https://api.x.com/2/tweets/search/recent?query=from:XDevelopers has:media' -H \"Authorization: Bearer $BEARER_TOKEN\"",
  "curl 'https://api.x.com/2/tweets/search/recent?query=from:XDevelopers%20has:media' -H \"Authorization: Bearer $BEARER_TOKEN\""),
]

def capture(command):
    path = os.path.join(HERE, '.capture.sh')
    with open(path, 'w', encoding='utf-8') as f:
        f.write(command)
    result = subprocess.run([sys.executable, os.path.join(HERE, 'capture.py'), path], capture_output=True)
    os.remove(path)
    return result.stdout.decode('utf-8', 'replace'), result.stderr.decode('utf-8', 'replace').strip()

for number, (name, source, command, *equivalent) in enumerate(CASES, 1):
    sent, status = capture(equivalent[0] if equivalent else command.replace('proxychains curl', 'curl'))
    status = status.splitlines()[0] if status else ''
    case = {'source': source, 'command': command, 'curl': status, 'sent': sent}
    if equivalent:
        case['sentFor'] = equivalent[0]
    with open(os.path.join(HERE, 'corpus', '%02d-%s.json' % (number, name)), 'w', encoding='utf-8') as f:
        json.dump(case, f, indent=1, ensure_ascii=False)
        f.write('\n')
    print('%02d %-40s %s' % (number, name, status))
