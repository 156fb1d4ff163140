pragma solidity ^0.4.24;

contract EtherBank {
    mapping(address => uint256) public balances;

    function deposit() public payable {
        balances[msg.sender] += msg.value;
    }

    function withdraw() public {
        uint256 amount = balances[msg.sender];
        require(msg.sender.call.value(amount)()); // @vuln category=reentrancy mythril
        balances[msg.sender] = 0;
    }
}
