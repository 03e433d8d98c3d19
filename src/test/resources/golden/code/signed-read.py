import os

import requests

# OAuth 1.0a: sign a fresh header for each request (xinspect sign, xurl or an OAuth library)
response = requests.request(
    "GET",
    "https://api.x.com/2/users/by/username/XDevelopers?user.fields=created_at,description",
    headers={
        "Authorization": os.environ["OAUTH1_AUTHORIZATION"],
        "Accept": "application/json",
    },
)
print(response.status_code)
print(response.text)
