from innovkit.cli import main

main()
