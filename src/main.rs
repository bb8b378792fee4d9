/// mimalloc: the compiler allocates many small tree nodes and frees them together; the
/// system allocator spends a fifth of a large compile in malloc/free.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    mpyc::cli::main()
}
