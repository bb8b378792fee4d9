fn main() {
    println!("mpyc");
}
