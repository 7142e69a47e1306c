import AwasShell
print("awas")
