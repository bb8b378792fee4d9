fn main() -> std::process::ExitCode {
    mpyc::cli::main()
}
