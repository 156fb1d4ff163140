pragma solidity ^0.4.18;

// The batchTransfer pattern of 2018: count * value overflows, the balance check passes, every
// receiver is credited a huge value.
contract PausableCoin {
    mapping(address => uint256) public balances;
    uint256 public totalSupply;
    address public owner;
    bool public paused;

    function PausableCoin(uint256 supply) public {
        owner = msg.sender;
        totalSupply = supply;
        balances[msg.sender] = supply;
    }

    function batchTransfer(address[] receivers, uint256 value) public returns (bool) {
        require(!paused);
        uint cnt = receivers.length;
        uint256 amount = uint256(cnt) * value; // @vuln category=arithmetic
        require(cnt > 0 && cnt <= 20);
        require(value > 0 && balances[msg.sender] >= amount);
        balances[msg.sender] = balances[msg.sender] - amount;
        for (uint i = 0; i < cnt; i++) {
            balances[receivers[i]] = balances[receivers[i]] + value;
        }
        return true;
    }
}
